import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_POLICY_PATHS } from '../load/resolvePolicyPath.js';
import { describeMissingPolicy } from './describeMissingPolicy.js';

/** What is known where a policy is looked for: by the ESLint plugin for a linted file, by a command for its project. */
export interface PolicyLookup {
  /** The current directory, which an `option` is relative to. */
  readonly cwd: string;
  /** The project's folder ({@link findProjectDirectory}): where the default places are, and what a relative `setting` is relative to when `configDirectory` is not known. */
  readonly projectDirectory: string;
  /** A command's `--policy FILE`, relative to `cwd`. Wins over everything else. */
  readonly option?: string;
  /** `settings['cookie-ledger'].policy` from the ESLint config that applies. */
  readonly setting?: string;
  /** The folder of the ESLint config file holding `setting`; default: `projectDirectory`. */
  readonly configDirectory?: string;
}

/** Where the policy's path came from. */
export type PolicySource = 'option' | 'setting' | 'default';

/** The outcome of {@link locatePolicy}. */
export type PolicyLocation =
  | {
      readonly found: true;
      /** The policy module's absolute path. */
      readonly file: string;
      readonly source: PolicySource;
    }
  | {
      readonly found: false;
      readonly source: PolicySource;
      /** The absolute paths looked at, in order. */
      readonly looked: readonly string[];
      /** What was looked for, where, and how to fix it: the same words in ESLint and in every command. */
      readonly message: string;
    };

/**
 * Finds the policy module, the one way every tool does: a command's `--policy` (relative to the
 * current directory), else the ESLint config's `settings['cookie-ledger'].policy` (relative to
 * that config file's folder, as ESLint resolves `files`), else the first of
 * {@link DEFAULT_POLICY_PATHS} in the project's folder. A path that names no file is not found,
 * with a message listing where it looked and how to fix it.
 *
 * @example
 * const location = locatePolicy({ cwd, projectDirectory: findProjectDirectory(cwd) ?? cwd, setting: './src/cookies.ts' });
 * if (!location.found) throw new Error(location.message);
 */
export function locatePolicy(lookup: PolicyLookup): PolicyLocation {
  const source: PolicySource = lookup.option !== undefined ? 'option' : lookup.setting !== undefined ? 'setting' : 'default';
  const looked =
    source === 'option'
      ? [resolve(lookup.cwd, lookup.option!)]
      : source === 'setting'
        ? [resolve(lookup.configDirectory ?? lookup.projectDirectory, lookup.setting!)]
        : DEFAULT_POLICY_PATHS.map((candidate) => resolve(lookup.projectDirectory, candidate));
  const file = looked.find((path) => existsSync(path));
  if (file !== undefined) return { found: true, file, source };
  return { found: false, source, looked, message: describeMissingPolicy(lookup, source, looked) };
}
