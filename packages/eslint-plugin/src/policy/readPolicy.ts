// The cached entry is light: it loads ts-morph only when the copy on disk cannot answer. A static
// import is what Yarn PnP can load (a `require` of an ES module inside its zip archives fails).
import { PolicyLoadError, loadCachedPolicy } from '@cookie-ledger/extract/cached';
import { locatePolicy, type PolicyLookup } from '@cookie-ledger/extract/resolve';
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
  /** The configured policy file does not exist, or none of the default places has one; `message` says where it looked. */
  | { readonly kind: 'missing'; readonly message: string }
  /** The policy exists but cannot be read. */
  | { readonly kind: 'unreadable'; readonly file: string; readonly problems: readonly PolicyProblem[] };

/**
 * Reads the policy through @cookie-ledger/extract, found as every cookie-ledger tool finds it
 * (`locatePolicy`: the setting, else the default places in the project's folder). Extract
 * caches per process and re-reads only when a file it read changed, so calling this for every
 * linted file costs a few `stat` calls; a new process finds the policy extracted by the last
 * one on disk (`node_modules/.cache/cookie-ledger/`) while its files are unchanged.
 */
export function readPolicy(lookup: PolicyLookup): PolicyState {
  const location = locatePolicy(lookup);
  if (!location.found) return { kind: 'missing', message: location.message };
  const { file } = location;
  try {
    const loaded = loadCachedPolicy(file);
    return { kind: 'loaded', file, files: loaded.files, policy: loaded.policy };
  } catch (error) {
    const problems =
      error instanceof PolicyLoadError
        ? error.problems.map(({ location, message }) => ({ ...location, message }))
        : [{ file, line: 1, column: 1, message: error instanceof Error ? error.message : String(error) }];
    return { kind: 'unreadable', file, problems };
  }
}
