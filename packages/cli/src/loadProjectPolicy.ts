import { existsSync } from 'node:fs';
import { loadPolicy, PolicyLoadError, resolvePolicyPath, DEFAULT_POLICY_PATHS, type LoadedPolicy } from '@cookie-ledger/extract';
import type { CliContext } from './CliContext.js';
import { ConfigError } from './errors.js';

/**
 * Reads the project's policy statically (never running it): `--policy FILE` resolved against
 * the working directory, else the first default path that exists. A policy that is missing or
 * cannot be read is a {@link ConfigError}: one `file:line:column: message` line per problem.
 */
export function loadProjectPolicy(context: CliContext, configured: string | undefined): LoadedPolicy {
  const file = findProjectPolicyFile(context, configured);
  try {
    return loadPolicy(file, { cwd: context.cwd });
  } catch (error) {
    if (error instanceof PolicyLoadError) {
      const count = error.problems.length === 1 ? 'a problem' : `${error.problems.length} problems`;
      throw new ConfigError(`The policy cannot be read (${count}):\n${error.message}`, { cause: error });
    }
    throw error;
  }
}

/** The policy file: `--policy FILE` resolved against the working directory, else the first default path that exists. */
export function findProjectPolicyFile(context: CliContext, configured: string | undefined): string {
  const file = resolvePolicyPath(context.cwd, configured);
  if (file !== undefined && existsSync(file)) return file;
  const looked = configured === undefined ? DEFAULT_POLICY_PATHS.join(', ') : configured;
  throw new ConfigError(`No policy file found in ${context.cwd}: looked for ${looked}. Pass --policy FILE, or run \`cookie-ledger init\` to create one.`);
}
