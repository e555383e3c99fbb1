import type { ConsentExemption, CookieCategory, DurationUnit, Party, StorageKind } from '@cookie-ledger/core';
import type { ColumnId } from '../options.js';

/**
 * A word in every plural form a language needs, keyed by `Intl.PluralRules` category
 * (`one`, `few`, `many`, ...). `other` is required; a missing form falls back to it.
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** A titled part of the introduction: paragraphs, then an optional bullet list. */
export interface IntroductionSection {
  /** The section's HTML id, the same in every language so links keep working (`what-is-a-cookie`). */
  readonly id?: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly items?: readonly string[];
}

/**
 * Every word the generated documents use in one language. Texts are plain text (never markup):
 * each renderer escapes them for its format. Placeholders in braces (`{owner}`, `{site}`,
 * `{duration}`, ...) are filled by the generator. Pass an object of this shape as
 * `localeData` to render a language that is not built in.
 */
export interface DocgenLocale {
  /** The BCP 47 code (`'en'`, `'fr'`, `'de-CH'`); plural rules and number formats follow it. */
  readonly code: string;
  /** The page title. */
  readonly title: string;
  /** Opening paragraphs of the introduction; `{owner}` and `{site}` are filled in. */
  readonly introduction: readonly string[];
  /** What a cookie is, the kinds of cookies, consent. */
  readonly introductionSections: readonly IntroductionSection[];
  /** Heading above the tables: `{site}` is the site's address. */
  readonly cookiesUsedHeading: string;
  /** What `{site}` reads as when the policy names no site ("this website"). */
  readonly thisWebsite: string;
  /** The sentence shown when the policy declares nothing. */
  readonly noCookies: string;
  /** Column headers. */
  readonly columns: Readonly<Record<ColumnId, string>>;
  /** Per category: its name in a cell and its section heading. */
  readonly categories: Readonly<Record<CookieCategory, { readonly name: string; readonly heading: string }>>;
  /** Per party: its name in a cell and its section heading. */
  readonly parties: Readonly<Record<Party, { readonly name: string; readonly heading: string }>>;
  /** Per storage: its name in a cell (the "Type" column), and "any cookie" as the pattern phrases start. */
  readonly storages: Readonly<Record<StorageKind, { readonly name: string; readonly anyItem: string }>>;
  /** Section heading when grouping by provider: `{provider}`. */
  readonly providerHeading: string;
  /**
   * The words that say "cookies" where what they head also holds browser storage (local or
   * session storage, IndexedDB): "Name" instead of "Cookie name(s)", "Preference cookies and
   * other storage" instead of "Preference cookies".
   */
  readonly withStorage: {
    readonly names: string;
    readonly cookiesUsedHeading: string;
    readonly providerHeading: string;
    readonly categories: Readonly<Record<CookieCategory, string>>;
    readonly parties: Readonly<Record<Party, string>>;
  };
  /** Name patterns in words: `{anyItem}` ("any cookie") and `{value}` (the fixed part, or `/regex/flags`). */
  readonly patterns: { readonly prefix: string; readonly suffix: string; readonly regex: string };
  /** Duration units with their plural forms. */
  readonly units: Readonly<Record<DurationUnit, PluralForms>>;
  /**
   * A session lifetime; a lifetime renewed on each visit (`{duration}`); how long browser
   * storage declared without a duration lasts: local storage and IndexedDB until the visitor
   * clears them, session storage until the tab is closed.
   */
  readonly durations: { readonly session: string; readonly refreshed: string; readonly untilCleared: string; readonly untilTabClosed: string };
  /** The "Function and location" cell: `{feature}` and `{locations}`. */
  readonly featureWithLocations: string;
  /** How lists are joined: "a, b and c". */
  readonly list: { readonly separator: string; readonly lastSeparator: string };
  /** The consent cell: required, or `{exemption}` (one of `exemptions`). */
  readonly consent: { readonly required: string; readonly exempt: string };
  /** Why an item needs no consent, in words. */
  readonly exemptions: Readonly<Record<ConsentExemption, string>>;
}
