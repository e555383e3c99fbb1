import type { LoadedPolicy } from '@cookie-ledger/extract';
import { loadCachedPolicy, PolicyLoadError } from '@cookie-ledger/extract/cached';
import type { CliContext } from './CliContext.js';
import { ConfigError } from './errors.js';
import { findProject } from './project/findProject.js';

/** The project a command works on and its policy file, which exists. */
export interface ProjectPolicyFile {
  /** The project's folder (see `findProject`). */
  readonly root: string;
  /** The policy module's absolute path. */
  readonly file: string;
}

/**
 * Reads the project's policy statically (never running it), found by {@link findProjectPolicyFile},
 * from the copy kept on disk while the files it was read from are unchanged (see `loadCachedPolicy`).
 * A policy that is missing or cannot be read is a {@link ConfigError}: one
 * `file:line:column: message` line per problem.
 */
export async function loadProjectPolicy(context: CliContext, option: string | undefined): Promise<LoadedPolicy> {
  const { file } = await findProjectPolicyFile(context, option);
  try {
    return loadCachedPolicy(file);
  } catch (error) {
    if (error instanceof PolicyLoadError) {
      const count = error.problems.length === 1 ? 'a problem' : `${error.problems.length} problems`;
      throw new ConfigError(`The policy cannot be read (${count}):\n${error.message}`, { cause: error });
    }
    throw error;
  }
}

/**
 * The project and its policy file, found as the ESLint plugin finds it: `--policy FILE`
 * (relative to the current directory), else the ESLint config's `settings['cookie-ledger'].policy`,
 * else the default places in the project's folder. No such file is a {@link ConfigError} with the
 * same words ESLint reports.
 */
export async function findProjectPolicyFile(context: CliContext, option: string | undefined): Promise<ProjectPolicyFile> {
  const { root, policy } = await findProject(context, option);
  if (!policy.found) throw new ConfigError(policy.message);
  return { root, file: policy.file };
}

/** The `--policy FILE` line of a command's help, its text starting at column `column`. */
export function describePolicyOption(column: number, what = 'the policy module'): string {
  const indent = ' '.repeat(column);
  return (
    `  ${'--policy FILE'.padEnd(column - 2)}${what} (default: settings['cookie-ledger'].policy of\n` +
    `${indent}the ESLint config, else cookies.ts or src/cookies.ts in the project's folder)`
  );
}
