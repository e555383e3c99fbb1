import type { CookieCategory } from '@cookie-ledger/core';
import type { ConsentChoice, ConsentState } from '../types.js';

/**
 * Google Consent Mode v2's seven consent types, each granted by one policy category: the mapping
 * Cookiebot and most consent managers use. `security_storage` follows `necessary`, so it is
 * always granted.
 */
export const CONSENT_MODE_TYPES = {
  ad_storage: 'marketing',
  ad_user_data: 'marketing',
  ad_personalization: 'marketing',
  analytics_storage: 'statistics',
  functionality_storage: 'preferences',
  personalization_storage: 'preferences',
  security_storage: 'necessary',
} as const satisfies Readonly<Record<string, CookieCategory>>;

/** A Consent Mode v2 consent type. */
export type ConsentModeType = keyof typeof CONSENT_MODE_TYPES;

/** The consent types as `gtag('consent', …)` takes them. */
export type ConsentModeState = Record<ConsentModeType, 'granted' | 'denied'>;

/** `gtag` as Google's tag snippet defines it. */
export type Gtag = (command: 'consent', action: 'default' | 'update', state: Readonly<Record<string, unknown>>) => void;

/** Options of {@link connectConsentMode}. */
export interface ConsentModeOptions {
  /** Milliseconds Google tags wait for the update after the default (`wait_for_update`). */
  readonly waitForUpdate?: number;
  /** ISO 3166-2 regions the default applies to (`region`); everywhere when omitted. */
  readonly region?: readonly string[];
  /** A category of your own for some consent types. */
  readonly mapping?: Readonly<Partial<Record<ConsentModeType, CookieCategory>>>;
}

/** The Consent Mode v2 state for a choice. */
export function toConsentMode(choice: ConsentChoice, mapping: ConsentModeOptions['mapping'] = {}): ConsentModeState {
  const state = {} as ConsentModeState;
  for (const [type, category] of Object.entries({ ...CONSENT_MODE_TYPES, ...mapping }) as [ConsentModeType, CookieCategory][]) {
    state[type] = choice[category] ? 'granted' : 'denied';
  }
  return state;
}

/**
 * Sends the jar's consent to Google tags: `gtag('consent', 'default', …)` at once (call it before
 * the tags load), then `gtag('consent', 'update', …)` after every change. Returns the function
 * that stops the updates.
 *
 * @example
 * connectConsentMode(jar, gtag, { waitForUpdate: 500 });
 */
export function connectConsentMode(jar: { readonly consent: ConsentState }, gtag: Gtag, options: ConsentModeOptions = {}): () => void {
  gtag('consent', 'default', {
    ...toConsentMode(jar.consent.get(), options.mapping),
    ...(options.waitForUpdate === undefined ? {} : { wait_for_update: options.waitForUpdate }),
    ...(options.region === undefined ? {} : { region: [...options.region] }),
  });
  return jar.consent.subscribe((choice) => gtag('consent', 'update', toConsentMode(choice, options.mapping)));
}
