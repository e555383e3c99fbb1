import { createRequire } from 'node:module';
import type * as Extract from '@cookie-ledger/extract';
import type { CookiePolicy } from '@cookie-ledger/core';

/** The outcome of reading the configured policy. */
export type PolicyState =
  | { readonly kind: 'loaded'; readonly file: string; readonly policy: CookiePolicy }
  /** No policy file was configured and none of the default places has one. */
  | { readonly kind: 'missing'; readonly cwd: string; readonly candidates: readonly string[] }
  /** The policy exists but cannot be read; `problems` are `file:line:column: message` lines. */
  | { readonly kind: 'unreadable'; readonly file: string; readonly problems: readonly string[] };

let extract: typeof Extract | undefined;

// Loaded on first use: @cookie-ledger/extract brings ts-morph, which a process that only loads
// the plugin's configuration (or lints no file) should not pay for.
function getExtract(): typeof Extract {
  extract ??= createRequire(import.meta.url)('@cookie-ledger/extract') as typeof Extract;
  return extract;
}

/**
 * Reads the policy through @cookie-ledger/extract: `configured` (relative to `cwd`), else the
 * default places. Extract caches per process and re-reads only when a file it read changed, so
 * calling this for every linted file costs a few `stat` calls.
 */
export function readPolicy(cwd: string, configured: string | undefined): PolicyState {
  const { DEFAULT_POLICY_PATHS, PolicyLoadError, loadPolicy, resolvePolicyPath } = getExtract();
  const file = resolvePolicyPath(cwd, configured);
  if (file === undefined) return { kind: 'missing', cwd, candidates: DEFAULT_POLICY_PATHS };
  try {
    return { kind: 'loaded', file, policy: loadPolicy(file, { cwd }).policy };
  } catch (error) {
    if (error instanceof PolicyLoadError) {
      return { kind: 'unreadable', file, problems: error.problems.map(({ location, message }) => `${location.file}:${location.line}:${location.column}: ${message}`) };
    }
    return { kind: 'unreadable', file, problems: [`${file}:1:1: ${error instanceof Error ? error.message : String(error)}`] };
  }
}
