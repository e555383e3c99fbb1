import type { CookiePolicyInput } from '@cookie-ledger/core';
import type { HashedLook } from './hashedLooks.js';
import type { LoadedDeclaration } from '../types.js';

/** Bumped when the shape of the cached file changes: older files are then ignored. */
export const CACHE_FORMAT = 1;

/** The cached form of one successful load: what it read and what it found, as JSON. */
export interface SerializedPolicy {
  readonly format: number;
  /** The version of @cookie-ledger/extract that wrote it: another version reads the policy again. */
  readonly version: string;
  readonly file: string;
  /** Every path the load looked at, with a hash of its content, or null when there was no file. */
  readonly looks: readonly HashedLook[];
  /** The evaluated input, which core builds the policy from (RegExp names encoded, see below). */
  readonly input: unknown;
  /** Where each declaration is written, index for index with the policy's cookies. */
  readonly declarations: readonly Omit<LoadedDeclaration, 'cookie'>[];
}

const REGEXP_KEY = '$regexp';

/** JSON text of the input; RegExp names (`name: /^_ga/`) become `{ "$regexp": [source, flags] }`. */
export function encodeInput(input: CookiePolicyInput): unknown {
  return JSON.parse(JSON.stringify(input, (_key, value: unknown) => (value instanceof RegExp ? { [REGEXP_KEY]: [value.source, value.flags] } : value)));
}

/** The input back from {@link encodeInput}'s form. */
export function decodeInput(encoded: unknown): CookiePolicyInput {
  return JSON.parse(JSON.stringify(encoded), (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && REGEXP_KEY in value) {
      const [source, flags] = (value as Record<string, [string, string]>)[REGEXP_KEY]!;
      return new RegExp(source, flags);
    }
    return value;
  }) as CookiePolicyInput;
}
