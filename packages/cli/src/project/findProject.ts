import { dirname } from 'node:path';
import { findProjectDirectory, locatePolicy, type PolicyLocation } from '@cookie-ledger/extract/resolve';
import type { CliContext } from '../CliContext.js';
import { readCachedEslintPolicySetting } from './cachedEslintPolicySetting.js';

/** The project a command works on, and where its policy is. */
export interface Project {
  /** The project's folder: the nearest one at or above the current directory with an ESLint config, else with a package.json, else the current directory. */
  readonly root: string;
  /** The policy, found as the ESLint plugin finds it (see `locatePolicy`). */
  readonly policy: PolicyLocation;
}

/**
 * Finds the project from the command's current directory, and its policy: `--policy` (relative
 * to the current directory), else the ESLint config's `settings['cookie-ledger'].policy`
 * (relative to that config's folder), else the default places in the project's folder. Run
 * from any subfolder, every command finds the same policy as from the project's folder, and the
 * same one ESLint does.
 */
export async function findProject(context: CliContext, option: string | undefined): Promise<Project> {
  const root = findProjectDirectory(context.cwd) ?? context.cwd;
  const eslint = option === undefined ? await readCachedEslintPolicySetting(context.cwd) : undefined;
  const policy = locatePolicy({
    cwd: context.cwd,
    projectDirectory: root,
    ...(option === undefined ? {} : { option }),
    ...(eslint?.setting === undefined ? {} : { setting: eslint.setting, configDirectory: dirname(eslint.configFile) }),
  });
  return { root, policy };
}
