// The cached entry is light: it loads ts-morph only when the copy on disk cannot answer. A static
// import is what Yarn PnP can load (a `require` of an ES module inside its zip archives fails).
import { DEFAULT_POLICY_PATHS, PolicyLoadError, loadCachedPolicy, resolvePolicyPath } from '@cookie-ledger/extract/cached';
import type { CookiePolicy } from '@cookie-ledger/core';

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

/**
 * Reads the policy through @cookie-ledger/extract: `configured` (relative to `cwd`), else the
 * default places. Extract caches per process and re-reads only when a file it read changed, so
 * calling this for every linted file costs a few `stat` calls; a new process finds the policy
 * extracted by the last one on disk (`node_modules/.cache/cookie-ledger/`) while its files are unchanged.
 */
export function readPolicy(cwd: string, configured: string | undefined): PolicyState {
  const file = resolvePolicyPath(cwd, configured);
  if (file === undefined) return { kind: 'missing', cwd, candidates: DEFAULT_POLICY_PATHS };
  try {
    const loaded = loadCachedPolicy(file, { cwd });
    return { kind: 'loaded', file, files: loaded.files, policy: loaded.policy };
  } catch (error) {
    if (error instanceof PolicyLoadError) {
      return { kind: 'unreadable', file, problems: error.problems.map(({ location, message }) => ({ ...location, message })) };
    }
    return { kind: 'unreadable', file, problems: [{ file, line: 1, column: 1, message: error instanceof Error ? error.message : String(error) }] };
  }
}
