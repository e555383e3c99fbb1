import { type CookiePolicy, type ResolvedCookie, STORAGE_KINDS, type StorageKind } from '@cookie-ledger/core';

/** A declaration found for a seen item, with its index in `policy.cookies`. */
export interface MatchedDeclaration {
  readonly cookie: ResolvedCookie;
  readonly index: number;
  /** The declared name as the report shows it: `'sessionid'`, `'_ga_*'`, `'/^_pk_id/'`. */
  readonly label: string;
}

/** The declared name or pattern in words a report can show: a RegExp as `/source/flags`. */
export function declarationLabel(cookie: Pick<ResolvedCookie, 'name'>): string {
  return typeof cookie.name === 'string' ? cookie.name : String(cookie.name);
}

/** The declaration covering `name` in `storage`, through the policy's own `match` (an exact name first, then the most specific pattern). */
export function matchDeclaration(policy: CookiePolicy, name: string, storage: StorageKind): MatchedDeclaration | undefined {
  const cookie = policy.match(name, storage);
  return cookie && { cookie, index: policy.cookies.indexOf(cookie), label: declarationLabel(cookie) };
}

/** A declaration of `name` in another storage kind than `storage`, for `wrong-storage`. */
export function matchInOtherStorage(policy: CookiePolicy, name: string, storage: StorageKind): MatchedDeclaration | undefined {
  for (const other of STORAGE_KINDS) {
    if (other === storage) continue;
    const found = matchDeclaration(policy, name, other);
    if (found) return found;
  }
  return undefined;
}
