import { type CookiePolicy, parseNamePattern } from '@cookie-ledger/core';
import { type StringShape, UNKNOWN, getKnownEnds } from './stringShape.js';

/** A name the policy does not cover: a concrete name, or what is known of a partly dynamic one. */
export type UndeclaredName =
  | { readonly kind: 'exact'; readonly name: string }
  | { readonly kind: 'partial'; readonly prefix: string; readonly suffix: string };

// A RegExp declaration cannot be compared with a pattern; it covers a partial name when it
// matches the known ends around a sample middle.
const SAMPLE_MIDDLE = 'x';

/**
 * Checks one possible name of a cookie write against the policy's cookie declarations.
 * Returns undefined when the name is declared (an exact name, or a pattern covering it), or
 * when nothing about it is known (that is `no-unresolved-cookie-name`'s business).
 */
export function checkCookieName(shape: StringShape, policy: CookiePolicy): UndeclaredName | undefined {
  if (!shape.includes(UNKNOWN)) {
    const name = shape.join('');
    return policy.match(name, 'cookie') ? undefined : { kind: 'exact', name };
  }
  const { prefix, suffix } = getKnownEnds(shape);
  if (prefix === '' && suffix === '') return undefined;
  return isPartialNameCovered(prefix, suffix, policy) ? undefined : { kind: 'partial', prefix, suffix };
}

function isPartialNameCovered(prefix: string, suffix: string, policy: CookiePolicy): boolean {
  return policy.cookies.some((cookie) => {
    if (cookie.storage !== 'cookie') return false;
    const pattern = parseNamePattern(cookie.name);
    switch (pattern.kind) {
      case 'prefix':
        return prefix.startsWith(pattern.prefix);
      case 'suffix':
        return suffix.endsWith(pattern.suffix);
      case 'regex':
        return pattern.regex.test(prefix + SAMPLE_MIDDLE + suffix);
      default:
        return false;
    }
  });
}
