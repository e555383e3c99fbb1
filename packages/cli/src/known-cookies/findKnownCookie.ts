import { readFileSync } from 'node:fs';
import { type CookieCategory, type Duration, createNameMatcher } from '@cookie-ledger/core';

/** What the Open Cookie Database knows of a cookie, normalised (see data/OPEN-COOKIE-DATABASE.md). */
export interface KnownCookie {
  /** The name, or a `*` pattern for a prefix row. */
  readonly name: string;
  readonly platform: string;
  readonly provider: string;
  readonly category: CookieCategory;
  readonly purpose: string;
  /** The retention as the database writes it ("2 years", "varies"). */
  readonly retention: string;
  /** The retention as a duration, when it reads as one. */
  readonly duration?: Duration;
  readonly privacyPolicy?: string;
  readonly domain?: string;
  /** The row's id in the Open Cookie Database. */
  readonly id: string;
}

let matcher: ((name: string) => KnownCookie | undefined) | undefined;

/**
 * What the Open Cookie Database (Apache-2.0, shipped in data/) knows of a concrete cookie name:
 * an exact row first, then the most specific prefix row. Loaded on first use.
 */
export function findKnownCookie(name: string): KnownCookie | undefined {
  if (matcher === undefined) {
    const data = JSON.parse(readFileSync(new URL('../../data/open-cookie-database.json', import.meta.url), 'utf8')) as {
      entries: KnownCookie[];
    };
    const match = createNameMatcher(data.entries);
    matcher = (concreteName) => match(concreteName);
  }
  return matcher(name);
}
