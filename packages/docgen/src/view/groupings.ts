import { COOKIE_CATEGORIES, PARTIES, getProviderName, type ResolvedCookie } from '@cookie-ledger/core';
import type { GroupBy } from '../options.js';
import type { RenderContext } from '../RenderContext.js';
import { fillTemplate, plain, type Inline } from '../text/inline.js';

/** How one way of grouping splits declarations into sections, orders them and titles them. */
interface Grouping {
  keyOf(cookie: ResolvedCookie, context: RenderContext): string;
  /** Sort rank of a section; sections of equal rank keep the order of their first declaration. */
  rank(key: string): number;
  heading(key: string, context: RenderContext): Inline | undefined;
}

/** Every way of grouping the tables. */
export const GROUPINGS: Readonly<Record<GroupBy, Grouping>> = {
  category: {
    keyOf: (cookie) => cookie.category,
    rank: (key) => COOKIE_CATEGORIES.indexOf(key as (typeof COOKIE_CATEGORIES)[number]),
    heading: (key, { locale }) => plain(locale.categories[key as (typeof COOKIE_CATEGORIES)[number]].heading),
  },
  party: {
    keyOf: (cookie) => cookie.party,
    rank: (key) => PARTIES.indexOf(key as (typeof PARTIES)[number]),
    heading: (key, { locale }) => plain(locale.parties[key as (typeof PARTIES)[number]].heading),
  },
  provider: {
    keyOf: (cookie, { policy }) => getProviderName(cookie.provider) ?? policy.owner,
    rank: () => 0,
    heading: (key, { locale }) => fillTemplate(locale.providerHeading, { provider: key }),
  },
  none: {
    keyOf: () => '',
    rank: () => 0,
    heading: () => undefined,
  },
};

/** A section of the document: its key, heading and declarations, in declaration order. */
export interface CookieGroup {
  readonly key: string;
  readonly heading: Inline | undefined;
  readonly cookies: readonly ResolvedCookie[];
}

/** The declarations split into sections, in the grouping's order; empty sections are left out. */
export function groupCookies(cookies: readonly ResolvedCookie[], context: RenderContext): CookieGroup[] {
  const grouping = GROUPINGS[context.groupBy];
  const byKey = new Map<string, ResolvedCookie[]>();
  for (const cookie of cookies) {
    const key = grouping.keyOf(cookie, context);
    byKey.set(key, [...(byKey.get(key) ?? []), cookie]);
  }
  // Array.prototype.sort is stable, so equal ranks keep first-appearance order.
  return [...byKey.entries()]
    .sort(([a], [b]) => grouping.rank(a) - grouping.rank(b))
    .map(([key, members]) => ({ key, heading: grouping.heading(key, context), cookies: members }));
}
