/// <reference lib="dom" />
import type { ConsentState } from '../types.js';
import { toConsentUpdate, type CategoryKeys } from './categoryKeys.js';

/** What the bridge uses of vanilla-cookieconsent v3 (`import * as CookieConsent from 'vanilla-cookieconsent'`). */
export interface VanillaCookieConsentApi {
  validConsent(): boolean;
  getUserPreferences(): { readonly acceptedCategories: readonly string[] };
}

/** Options of {@link connectVanillaCookieConsent}. */
export interface VanillaCookieConsentOptions {
  /** The banner's category key for each policy category, when they differ. */
  readonly categories?: CategoryKeys;
}

/**
 * Keeps the jar's consent equal to vanilla-cookieconsent v3's: read at once when the visitor
 * has already chosen, then on its `cc:onConsent` and `cc:onChange` window events. A category
 * the banner accepts is granted; every other one is refused (and what it holds removed).
 * Returns the function that disconnects the bridge.
 *
 * @example
 * import * as CookieConsent from 'vanilla-cookieconsent';
 * connectVanillaCookieConsent(jar, CookieConsent);
 * await CookieConsent.run(config); // the config from `cookie-ledger docs --format vanilla-cookieconsent`
 */
export function connectVanillaCookieConsent(jar: { readonly consent: ConsentState }, cookieConsent: VanillaCookieConsentApi, options: VanillaCookieConsentOptions = {}): () => void {
  const apply = () => {
    const { acceptedCategories } = cookieConsent.getUserPreferences();
    jar.consent.update(toConsentUpdate(options.categories, (key) => acceptedCategories.includes(key)));
  };
  if (cookieConsent.validConsent()) apply();
  addEventListener('cc:onConsent', apply);
  addEventListener('cc:onChange', apply);
  return () => {
    removeEventListener('cc:onConsent', apply);
    removeEventListener('cc:onChange', apply);
  };
}
