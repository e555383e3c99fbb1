import type { ConsentExemption, CookieAttributes, CookieCategory, Party, SameSite, SetBy, StorageKind } from './declaration.js';

/** Every storage kind, in the order docs list them. */
export const STORAGE_KINDS = ['cookie', 'localStorage', 'sessionStorage', 'indexedDB'] as const satisfies readonly StorageKind[];

/** Every category, in the order docs list them. */
export const COOKIE_CATEGORIES = ['necessary', 'preferences', 'statistics', 'marketing'] as const satisfies readonly CookieCategory[];

/** Both parties. */
export const PARTIES = ['first', 'third'] as const satisfies readonly Party[];

/** Every value of `setBy`. */
export const SET_BY_VALUES = ['app', 'library', 'third-party-script'] as const satisfies readonly SetBy[];

/** Every value of `attributes.sameSite`. */
export const SAME_SITE_VALUES = ['strict', 'lax', 'none'] as const satisfies readonly SameSite[];

/** Every cookie attribute a declaration may state, in the order problems with them are reported. */
export const COOKIE_ATTRIBUTES = ['httpOnly', 'secure', 'sameSite', 'domain', 'path', 'partitioned'] as const satisfies readonly (keyof CookieAttributes)[];

/** Every consent exemption. */
export const CONSENT_EXEMPTIONS = [
  'strictly-necessary',
  'consent-choice',
  'audience-measurement',
  'communication',
  'statistics',
  'appearance',
] as const satisfies readonly ConsentExemption[];
