import type { ConsentExemption, CookieAttributes, CookieCategory, DurationUnit, Party, SetBy, StorageKind } from '@cookie-ledger/core';

/** How a declared name matches concrete names. */
export type PolicyJsonMatch =
  | { readonly kind: 'exact'; readonly value: string }
  | { readonly kind: 'prefix'; readonly value: string }
  | { readonly kind: 'suffix'; readonly value: string }
  | { readonly kind: 'regex'; readonly source: string; readonly flags: string };

/** A lifetime as data, with its words in the document's locale. */
export interface PolicyJsonDuration {
  /** True for a session item (gone when the browser closes). */
  readonly session: boolean;
  /** The lifetime in seconds; 0 for a session item. */
  readonly seconds: number;
  /** The unit and amount as declared; absent for a session item. */
  readonly unit?: DurationUnit;
  readonly amount?: number;
  readonly refresh: boolean;
  /** The lifetime in words, as the policy page shows it. */
  readonly text: string;
}

/** One declaration in the JSON export. */
export interface PolicyJsonCookie {
  /** The name as declared: a name, a `*` pattern, or a RegExp written `/source/flags`. */
  readonly name: string;
  /** The name in words ("any cookie starting with _ga_"). */
  readonly nameText: string;
  readonly match: PolicyJsonMatch;
  readonly storage: StorageKind;
  readonly provider: { readonly name: string; readonly url?: string; readonly privacyPolicy?: string; readonly country?: string };
  readonly party: Party;
  readonly category: CookieCategory;
  readonly consent: { readonly required: boolean; readonly exemption?: ConsentExemption };
  readonly purpose: string;
  readonly feature?: string;
  readonly locations: readonly string[];
  readonly condition?: string;
  readonly duration?: PolicyJsonDuration;
  /** The domain the item is stored for (the cookie's `Domain`, else the site's host). */
  readonly domain?: string;
  readonly attributes: CookieAttributes;
  readonly setBy: SetBy;
  readonly tcf?: { readonly purposes: readonly number[]; readonly specialPurposes: readonly number[] };
}

/** The whole JSON export (`format: 'json'`), described by {@link policyJsonSchema}. */
export interface PolicyJson {
  /** The version of this shape; it changes only when a consumer would have to change. */
  readonly formatVersion: 1;
  readonly owner: string;
  readonly site?: string;
  /** The locale every text of this document is written in. */
  readonly locale: string;
  /** The locales the policy is written in, its default first. */
  readonly locales: readonly string[];
  readonly cookies: readonly PolicyJsonCookie[];
}
