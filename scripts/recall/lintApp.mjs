// Runs this repository's ESLint with its built plugin (`configs.recommended`) on one application's
// files, one file at a time, so that an exception in a rule is pinned to its file and the run goes on.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const requireFromPlugin = createRequire(join(root, 'packages/eslint-plugin/package.json'));
const { ESLint } = requireFromRoot('eslint');
const tsParser = requireFromPlugin('@typescript-eslint/parser');
const { default: plugin } = await import(join(root, 'packages/eslint-plugin/dist/index.js'));

/** The component parsers, each loaded when this repository has it installed (else undefined). */
export const componentParsers = {
  '.vue': loadOptional('vue-eslint-parser'),
  '.svelte': loadOptional('svelte-eslint-parser'),
  '.astro': loadOptional('astro-eslint-parser'),
};

const TSX_SCRIPT = /<script\b[^>]*\blang=["'](?:tsx|jsx)["']/;
const TS_SCRIPT = /<script\b[^>]*\blang=["'](?:ts|typescript)["']/;
const SCRIPT_FILES = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs', '**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

/** The component extension of a path that no installed parser can read, if any. */
export function unreadableComponent(path) {
  const extension = Object.keys(componentParsers).find((candidate) => path.endsWith(candidate));
  return extension !== undefined && componentParsers[extension] === undefined ? extension : undefined;
}

/**
 * Lints `files` (relative to `appRoot`) and returns the plugin's reports, the files the parsers
 * could not read (fatal parse messages) and the exceptions thrown while linting.
 */
export async function lintApp(appRoot, files, policy) {
  const createESLint = (options) => new ESLint({ cwd: appRoot, overrideConfigFile: true, overrideConfig: createConfig(policy, options), errorOnUnmatchedPattern: false, ignore: false });
  const eslint = createESLint({ componentJsx: false });
  // A component whose script is TSX (`<script setup lang="tsx">`) needs JSX turned on, which would misread `<T>x` in
  // TypeScript ones; a Vue component's plain JavaScript may hold JSX too (Vue 2's babel JSX in render functions).
  const jsxEslint = createESLint({ componentJsx: true });
  const reports = [];
  const parseErrors = [];
  const exceptions = [];
  for (const file of files) {
    if (unreadableComponent(file) !== undefined) continue;
    try {
      const text = readFileSync(join(appRoot, file), 'utf8');
      const jsx = TSX_SCRIPT.test(text) || (file.endsWith('.vue') && !TS_SCRIPT.test(text));
      const [result] = await (jsx ? jsxEslint : eslint).lintText(text, { filePath: join(appRoot, file) });
      for (const message of result?.messages ?? []) {
        if (message.fatal) parseErrors.push({ file, line: message.line, message: message.message });
        else if (message.ruleId?.startsWith('cookie-ledger/')) reports.push({ file, line: message.line, column: message.column, ruleId: message.ruleId, message: message.message });
      }
    } catch (error) {
      exceptions.push({ file, error: String(error?.stack ?? error).split('\n').slice(0, 8).join('\n') });
    }
  }
  return { reports, parseErrors, exceptions };
}

/**
 * A policy that declares one cookie no application writes, so every write the plugin sees is
 * reported as undeclared (or warned about as unresolved). Written once per process.
 */
export function writeUnrelatedPolicy() {
  const folder = mkdtempSync(join(tmpdir(), 'cookie-ledger-recall-'));
  const file = join(folder, 'cookies.ts');
  writeFileSync(
    file,
    `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const unrelated = defineCookie({ name: 'recall_unrelated_cookie', category: 'necessary', purpose: 'Declared so that the policy is not empty' });

export default defineCookiePolicy({ owner: 'Recall measurement', cookies: [unrelated] });
`,
  );
  return file;
}

/** Proves the configuration makes every rule report; a silent rule would make the figures meaningless. */
export async function checkCanary(policy) {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: createConfig(policy), ignore: false });
  const code = "document.cookie = 'canary=1'; localStorage.setItem('canary', '1'); document.cookie = `${name}=1`;";
  const [result] = await eslint.lintText(code, { filePath: join(root, 'recall-canary.ts') });
  const silent = ['no-undeclared-cookie', 'no-undeclared-storage', 'no-unresolved-cookie-name'].filter(
    (rule) => !result.messages.some((message) => message.ruleId === `cookie-ledger/${rule}`),
  );
  if (silent.length > 0) throw new Error(`${silent.join(', ')} did not report on the canary: ${JSON.stringify(result.messages, null, 2)}`);
}

function createConfig(policy, { componentJsx } = { componentJsx: false }) {
  const settings = { 'cookie-ledger': { policy } };
  const shared = { plugins: { 'cookie-ledger': plugin }, settings, rules: plugin.configs.recommended.rules };
  const linterOptions = { noInlineConfig: true, reportUnusedDisableDirectives: 'off' };
  const configs = [
    { ...shared, files: SCRIPT_FILES, linterOptions, languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
    // .ts files cannot hold JSX (a type assertion `<T>x` would misparse).
    { files: ['**/*.ts', '**/*.mts', '**/*.cts'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: false } } } },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  ];
  for (const [extension, parser] of Object.entries(componentParsers)) {
    if (parser === undefined) continue;
    configs.push({
      ...shared,
      files: [`**/*${extension}`],
      linterOptions,
      languageOptions: { parser, parserOptions: { parser: tsParser, extraFileExtensions: [extension], sourceType: 'module', ...(componentJsx ? { ecmaFeatures: { jsx: true } } : {}) } },
    });
  }
  return configs;
}

function loadOptional(name) {
  for (const requireFrom of [requireFromRoot, requireFromPlugin]) {
    try {
      return requireFrom(name);
    } catch {
      // not installed here: try the next place
    }
  }
  return undefined;
}
