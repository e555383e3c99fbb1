import { relative } from 'node:path';
import cookieLedger from '@cookie-ledger/eslint-plugin';
import { ConfigError } from '../errors.js';

/**
 * The configuration error that an error thrown by ESLint's API is, if it is one: the project's
 * ESLint config `configFile` cannot be loaded (a package it imports is missing, `jiti` for an
 * `eslint.config.ts`, a syntax error: every error while `loading`) or ESLint rejects it (a rule
 * option, a parser that is no parser). A rule that crashes is not the project's mistake: that
 * error is returned as undefined, to be reported as an internal error.
 */
export function toConfigError(error: unknown, configFile: string, root: string, loading: boolean): ConfigError | undefined {
  if (!(error instanceof Error) || isRuleCrash(error)) return undefined;
  if (!loading && !isConfigProblem(error)) return undefined;
  const config = relative(root, configFile) || configFile;
  return new ConfigError(`The ESLint config ${config} cannot be used, so cookie-ledger stopped:\n${error.message.trim()}\n${describeFix(error.message)}`, { cause: error });
}

function isRuleCrash(error: Error): boolean {
  return error.message.startsWith('Error while loading rule') || error.message.includes('\nOccurred while linting ');
}

// ESLint's config validation: messages such as `Key "rules": Key "x": ...`, or a message template of its own.
function isConfigProblem(error: Error): boolean {
  return 'messageTemplate' in error || /^(Config (".*"|\(unnamed\)): )?Key "/.test(error.message) || (error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND';
}

function describeFix(message: string): string {
  if (message.includes("'jiti' library")) {
    return 'ESLint needs jiti (2.2 or later) to load a TypeScript config: install it in the project (`npm install --save-dev jiti`), or write the config as eslint.config.js.';
  }
  const missing = /Cannot find package '([^']+)'/.exec(message)?.[1];
  if (missing !== undefined) {
    const name = missing.split('/').slice(0, missing.startsWith('@') ? 2 : 1).join('/');
    return `Install \`${name}\` in the project (\`npm install --save-dev ${name}\`), or take it out of the config.`;
  }
  const rule = /Key "rules": Key "cookie-ledger\/([a-z-]+)"/.exec(message)?.[1];
  const url = rule === undefined ? undefined : (cookieLedger.rules as Readonly<Record<string, { meta?: { docs?: { url?: string } } }>>)[rule]?.meta?.docs?.url;
  if (url !== undefined) return `Fix the rule's options in the config; they are described at ${url}.`;
  return 'Fix the config; `npx eslint .` in the project shows the same error.';
}
