import { COOKIE_CATEGORIES, PARTIES, getProviderName, type ResolvedCookie } from '@cookie-ledger/core';
import type { GroupBy } from '../options.js';
import type { RenderContext } from '../RenderContext.js';
import { fillTemplate, plain, type Inline } from '../text/inline.js';
import { holdsStorage } from './holdsStorage.js';

/** How one way of grouping splits declarations into sections, orders them and titles them. */
interface Grouping {
  keyOf(cookie: ResolvedCookie, context: RenderContext): string;
  /** Sort rank of a section; sections of equal rank keep the order of their first declaration. */
  rank(key: string): number;
  /** The section's heading; `withStorage` when it holds more than cookies, so it says so. */
  heading(key: string, context: RenderContext, withStorage: boolean): Inline | undefined;
}

type Category = (typeof COOKIE_CATEGORIES)[number];
type PartyKey = (typeof PARTIES)[number];

/** Every way of grouping the tables. */
export const GROUPINGS: Readonly<Record<GroupBy, Grouping>> = {
  category: {
    keyOf: (cookie) => cookie.category,
    rank: (key) => COOKIE_CATEGORIES.indexOf(key as Category),
    heading: (key, { locale }, withStorage) => plain(withStorage ? locale.withStorage.categories[key as Category] : locale.categories[key as Category].heading),
  },
  party: {
    keyOf: (cookie) => cookie.party,
    rank: (key) => PARTIES.indexOf(key as PartyKey),
    heading: (key, { locale }, withStorage) => plain(withStorage ? locale.withStorage.parties[key as PartyKey] : locale.parties[key as PartyKey].heading),
  },
  provider: {
    keyOf: (cookie, { policy }) => getProviderName(cookie.provider) ?? policy.owner,
    rank: () => 0,
    heading: (key, { locale }, withStorage) => fillTemplate(withStorage ? locale.withStorage.providerHeading : locale.providerHeading, { provider: key }),
  },
  none: {
    keyOf: () => '',
    rank: () => 0,
    heading: () => undefined,
  },
};

/** A section of the document: its key, heading, HTML id and declarations, in declaration order. */
export interface CookieGroup {
  readonly key: string;
  readonly heading: Inline | undefined;
  /** `cookies-necessary`, `cookies-third`, `cookies-google`: the same in every language. */
  readonly id: string;
  readonly cookies: readonly ResolvedCookie[];
}

/** An id made of the key's letters and digits: `cookies-acme-corp` for "Acme Corp.". */
function toGroupId(key: string): string {
  const slug = key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug === '' ? 'cookies' : `cookies-${slug}`;
}

/** The declarations split into sections, in the grouping's order; empty sections are left out. */
export function groupCookies(cookies: readonly ResolvedCookie[], context: RenderContext): CookieGroup[] {
  const grouping = GROUPINGS[context.groupBy];
  const byKey = new Map<string, ResolvedCookie[]>();
  for (const cookie of cookies) {
    const key = grouping.keyOf(cookie, context);
    byKey.set(key, [...(byKey.get(key) ?? []), cookie]);
  }
  const ids = new Set<string>();
  // Array.prototype.sort is stable, so equal ranks keep first-appearance order.
  return [...byKey.entries()]
    .sort(([a], [b]) => grouping.rank(a) - grouping.rank(b))
    .map(([key, members]) => {
      // Two providers may read the same once reduced to letters ("Acme", "ACME"): ids stay unique.
      let id = toGroupId(key);
      for (let suffix = 2; ids.has(id); suffix += 1) id = `${toGroupId(key)}-${suffix}`;
      ids.add(id);
      return { key, heading: grouping.heading(key, context, holdsStorage(members)), id, cookies: members };
    });
}
