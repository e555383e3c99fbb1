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

/** Which rows may describe a name. */
export interface KnownCookieOptions {
  /**
   * Only rows without a domain: a row tied to a service's own domain (Instagram's `sessionid`)
   * cannot describe a cookie that the app's own code writes under the same name.
   */
  readonly appWritten?: boolean;
}

type Lookup = (name: string) => KnownCookie | undefined;

let matchers: { all: Lookup; appWritten: Lookup } | undefined;

/** Finds a concrete name through exact and prefix rows, and a pattern (`_ga_*`) by the row written the same way. */
function createLookup(entries: readonly KnownCookie[]): Lookup {
  const match = createNameMatcher(entries);
  const byWrittenName = new Map<string, KnownCookie>();
  for (const entry of entries) if (!byWrittenName.has(entry.name)) byWrittenName.set(entry.name, entry);
  return (name) => (name.includes('*') ? byWrittenName.get(name) : match(name));
}

/**
 * What the Open Cookie Database (Apache-2.0, shipped in data/) knows of a cookie name: for a
 * concrete name, an exact row first, then the most specific prefix row; for a pattern (`_ga_*`),
 * the row of that pattern. Loaded on first use.
 */
export function findKnownCookie(name: string, options: KnownCookieOptions = {}): KnownCookie | undefined {
  if (matchers === undefined) {
    const { entries } = JSON.parse(readFileSync(new URL('../../data/open-cookie-database.json', import.meta.url), 'utf8')) as {
      entries: KnownCookie[];
    };
    matchers = { all: createLookup(entries), appWritten: createLookup(entries.filter((entry) => entry.domain === undefined)) };
  }
  return options.appWritten ? matchers.appWritten(name) : matchers.all(name);
}
