import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Extract from '@cookie-ledger/extract/cached';
import type { CookiePolicy } from '@cookie-ledger/core';
import { describePolicyPathSuggestion } from './suggestPolicyPath.js';

/** One problem of a policy that cannot be read, where it is. */
export interface PolicyProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The outcome of reading the configured policy. */
export type PolicyState =
  /** `files`: every file the read looked at (the policy and the modules it imports). */
  | { readonly kind: 'loaded'; readonly file: string; readonly files: readonly string[]; readonly policy: CookiePolicy }
  /** No policy file was configured and none of the default places has one. */
  | { readonly kind: 'missing'; readonly cwd: string; readonly candidates: readonly string[] }
  /** The policy exists but cannot be read. */
  | { readonly kind: 'unreadable'; readonly file: string; readonly problems: readonly PolicyProblem[] };

let extract: typeof Extract | undefined;

// Loaded on first use: a process that only loads the plugin's configuration (or lints no file)
// pays nothing; its cached reader brings ts-morph only when the copy on disk cannot answer.
function getExtract(): typeof Extract {
  extract ??= createRequire(import.meta.url)('@cookie-ledger/extract/cached') as typeof Extract;
  return extract;
}

/**
 * Reads the policy through @cookie-ledger/extract: `configured` (relative to `cwd`), else the
 * default places. Extract caches per process and re-reads only when a file it read changed, so
 * calling this for every linted file costs a few `stat` calls; a new process finds the policy
 * extracted by the last one on disk (`node_modules/.cache/cookie-ledger/`) while its files are unchanged.
 */
export function readPolicy(cwd: string, configured: string | undefined): PolicyState {
  const { DEFAULT_POLICY_PATHS, PolicyLoadError, loadCachedPolicy, resolvePolicyPath } = getExtract();
  const file = resolvePolicyPath(cwd, configured);
  if (file === undefined) return { kind: 'missing', cwd, candidates: DEFAULT_POLICY_PATHS };
  try {
    const loaded = loadCachedPolicy(file, { cwd });
    return { kind: 'loaded', file, files: loaded.files, policy: loaded.policy };
  } catch (error) {
    const problems =
      error instanceof PolicyLoadError
        ? error.problems.map(({ location, message }) => ({ ...location, message }))
        : [{ file, line: 1, column: 1, message: error instanceof Error ? error.message : String(error) }];
    // A configured path that does not exist: point at the file it likely meant (a typo, the wrong folder).
    if (configured !== undefined && !existsSync(file)) {
      const hint = describePolicyPathSuggestion(cwd, configured);
      return { kind: 'unreadable', file, problems: problems.map((problem) => (problem.file === file ? { ...problem, message: `${problem.message}${hint}` } : problem)) };
    }
    return { kind: 'unreadable', file, problems };
  }
}
