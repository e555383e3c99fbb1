/** Where a declared item lives on the visitor's device. */
export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

/** The purpose category of a cookie. Category and party are separate axes. */
export type CookieCategory = 'necessary' | 'preferences' | 'statistics' | 'marketing';

/** Whether the site's owner (`first`) or someone else (`third`) sets and reads the item. */
export type Party = 'first' | 'third';

/** Who writes the item: the app's own code, a dependency of the app, or a tag loaded in the page. */
export type SetBy = 'app' | 'library' | 'third-party-script';

/**
 * A text for people: one string for every locale, or one string per locale code
 * (`{ en: 'Authentication', fr: 'Authentification' }`).
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** The company or service that sets the item, with links for the policy page. */
export interface ProviderInfo {
  /** The provider's name as the policy page shows it. */
  readonly name: string;
  /** The provider's home page. */
  readonly url?: string;
  /** The provider's privacy policy. */
  readonly privacyPolicy?: string;
  /** Where the provider processes the data (ISO 3166 code or a name). */
  readonly country?: string;
}

/** A provider's name, or a {@link ProviderInfo}. */
export type Provider = string | ProviderInfo;

/** The units a duration can be written in. Months and years are defined in `toSeconds`. */
export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

/** Fields every written duration may carry besides its amount. */
interface DurationDetails {
  /** Renewed on each visit (a new expiry is set every time the cookie is written again). */
  readonly refresh?: boolean;
  /** A human note that replaces the computed wording in docs ("2 weeks by default"). */
  readonly note?: LocalizedText;
}

type OneUnit<U extends DurationUnit> = { readonly [K in U]: number } & {
  readonly [K in Exclude<DurationUnit, U>]?: never;
};

/** A lifetime with exactly one unit: `{ days: 14 }`, `{ months: 13, refresh: false }`. */
export type DurationAmount = {
  [U in DurationUnit]: OneUnit<U> & DurationDetails & { readonly session?: never };
}[DurationUnit];

/** A session cookie that carries a note for the docs. */
export interface SessionDuration {
  readonly session: true;
  /** A human note that replaces the word "session" in docs. */
  readonly note?: LocalizedText;
}

/** How long the item lives: `'session'` (until the browser closes) or a {@link DurationAmount}. */
export type Duration = 'session' | SessionDuration | DurationAmount;

/** The `SameSite` attribute, as written in `Set-Cookie`, lowercased. */
export type SameSite = 'strict' | 'lax' | 'none';

/** The cookie attributes the code must set; the linter compares writes against them. */
export interface CookieAttributes {
  readonly httpOnly?: boolean;
  readonly secure?: boolean;
  readonly sameSite?: SameSite;
  readonly domain?: string;
  readonly path?: string;
  readonly partitioned?: boolean;
}

/**
 * Why a cookie outside `necessary` may be set without consent (ePrivacy art. 5(3), CNIL, UK PECR
 * as amended in 2025). The validator checks the claims it can check.
 */
export type ConsentExemption =
  | 'strictly-necessary'
  | 'consent-choice'
  | 'audience-measurement'
  | 'communication'
  | 'statistics'
  | 'appearance';

/** `'required'`, or the exemption that lets the item be set before consent. */
export type ConsentClaim = 'required' | { readonly exempt: ConsentExemption };

/** IAB TCF purposes for the device-storage disclosure export. */
export interface TcfPurposes {
  /** GVL purpose ids (1 to 11). Purpose 1 is added by the export exactly when consent is required. */
  readonly purposes: readonly number[];
  /** GVL special purpose ids (1 to 3). */
  readonly specialPurposes?: readonly number[];
}

/**
 * A name, or a pattern: `'_ga_*'` (starts with), `'*_id'` (ends with), or a RegExp tested as
 * written (anchor it with `^…$` to match whole names).
 */
export type NamePattern = string | RegExp;

/** One cookie (or storage key) the application writes, declared once. */
export interface CookieDeclaration<N extends NamePattern = NamePattern> {
  /** The exact name, a `*` pattern at the start or the end, or a RegExp. */
  readonly name: N;
  /** Where the item lives. Default: `'cookie'`. */
  readonly storage?: StorageKind;
  /** Who sets it. Required when the item needs consent. */
  readonly provider?: Provider;
  /** First or third party. Default: first when the provider is the policy's owner (or absent). */
  readonly party?: Party;
  /** The purpose category; decides whether consent is required. */
  readonly category: CookieCategory;
  /** Why the item exists, in words a visitor understands. */
  readonly purpose: LocalizedText;
  /** The feature it serves: the "function" column ("Authentication"). */
  readonly feature?: LocalizedText;
  /** Where in the application it is used ("front office"). */
  readonly locations?: readonly LocalizedText[];
  /** When it is set at all ("only on multilingual portals"). */
  readonly condition?: LocalizedText;
  /** How long it lives. Required when the item needs consent. */
  readonly duration?: Duration;
  /** The attributes the code sets. */
  readonly attributes?: CookieAttributes;
  /** Derived from the category; a non-necessary item set without consent names its exemption. */
  readonly consent?: ConsentClaim;
  /** Who writes it. Default: `'app'`; tools only look for the writing code for `'app'`. */
  readonly setBy?: SetBy;
  /** IAB TCF purposes, for the TCF export. */
  readonly tcf?: TcfPurposes;
}
