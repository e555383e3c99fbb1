import { type CookiePolicy, type ResolvedCookie, type StorageKind, parseNamePattern } from '@cookie-ledger/core';
import { type StringShape, UNKNOWN, getKnownEnds } from '../names/stringShape.js';

/** A name the policy does not cover: a concrete name, or what is known of a partly dynamic one. */
export type UndeclaredName =
  | { readonly kind: 'exact'; readonly name: string }
  | { readonly kind: 'partial'; readonly prefix: string; readonly suffix: string };

// A RegExp declaration cannot be compared with a pattern; it covers a partial name when it
// matches the known ends around a sample middle.
const SAMPLE_MIDDLE = 'x';

/**
 * Checks one possible name of a write against the policy's declarations of that storage kind.
 * Returns undefined when the name is declared (an exact name, or a pattern covering it), or
 * when nothing about it is known (that is `no-unresolved-cookie-name`'s business).
 */
export function checkDeclaredName(shape: StringShape, policy: CookiePolicy, storage: StorageKind): UndeclaredName | undefined {
  if (!shape.includes(UNKNOWN)) {
    const name = shape.join('');
    return policy.match(name, storage) ? undefined : { kind: 'exact', name };
  }
  const { prefix, suffix } = getKnownEnds(shape);
  if (prefix === '' && suffix === '') return undefined;
  return findCoveringDeclarations(prefix, suffix, policy, storage).length > 0 ? undefined : { kind: 'partial', prefix, suffix };
}

/**
 * The declaration a possible name of a write refers to: the one `policy.match` gives for a
 * concrete name, or the only pattern covering a partly known one (none when several could).
 */
export function findDeclaration(shape: StringShape, policy: CookiePolicy, storage: StorageKind): ResolvedCookie | undefined {
  if (!shape.includes(UNKNOWN)) return policy.match(shape.join(''), storage);
  const { prefix, suffix } = getKnownEnds(shape);
  if (prefix === '' && suffix === '') return undefined;
  const covering = findCoveringDeclarations(prefix, suffix, policy, storage);
  return covering.length === 1 ? covering[0] : undefined;
}

/** The pattern declarations of `storage` that cover every name starting with `prefix` and ending with `suffix`. */
export function findCoveringDeclarations(prefix: string, suffix: string, policy: CookiePolicy, storage: StorageKind): ResolvedCookie[] {
  return policy.cookies.filter((cookie) => {
    if (cookie.storage !== storage) return false;
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
