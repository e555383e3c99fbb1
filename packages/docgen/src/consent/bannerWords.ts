import type { CookieCategory } from '@cookie-ledger/core';
import type { ConsentInput } from './types.js';

/** The words of a consent banner that the policy does not hold: its buttons, and what each category is for. */
export interface BannerWords {
  readonly consentTitle: string;
  readonly consentDescription: string;
  readonly acceptAll: string;
  readonly acceptNecessary: string;
  readonly showPreferences: string;
  readonly preferencesTitle: string;
  readonly savePreferences: string;
  readonly close: string;
  readonly categories: Readonly<Record<CookieCategory, string>>;
}

/** Banner words per language code. A language without its own falls back to English, with a warning. */
export const BANNER_WORDS: Readonly<Record<string, BannerWords>> = {
  en: {
    consentTitle: 'We use cookies',
    consentDescription: 'Some cookies are needed for the website to work. With your consent, we also use others to remember your preferences, measure the audience and show advertising.',
    acceptAll: 'Accept all',
    acceptNecessary: 'Reject all',
    showPreferences: 'Manage preferences',
    preferencesTitle: 'Cookie preferences',
    savePreferences: 'Save preferences',
    close: 'Close',
    categories: {
      necessary: 'These cookies are needed for the website to work. They cannot be turned off.',
      preferences: 'These cookies remember choices you made, such as your language or the layout you prefer.',
      statistics: 'These cookies measure how visitors use the website.',
      marketing: 'These cookies follow your browsing to show you advertising or to measure it.',
    },
  },
  fr: {
    consentTitle: 'Nous utilisons des cookies',
    consentDescription: 'Certains cookies sont nécessaires au fonctionnement du site. Avec votre accord, nous en utilisons aussi pour retenir vos préférences, mesurer l’audience et afficher de la publicité.',
    acceptAll: 'Tout accepter',
    acceptNecessary: 'Tout refuser',
    showPreferences: 'Gérer les préférences',
    preferencesTitle: 'Préférences en matière de cookies',
    savePreferences: 'Enregistrer',
    close: 'Fermer',
    categories: {
      necessary: 'Ces cookies sont nécessaires au fonctionnement du site. Ils ne peuvent pas être désactivés.',
      preferences: 'Ces cookies retiennent vos choix, comme votre langue ou la présentation que vous préférez.',
      statistics: 'Ces cookies mesurent la façon dont les visiteurs utilisent le site.',
      marketing: 'Ces cookies suivent votre navigation pour vous montrer de la publicité ou la mesurer.',
    },
  },
};

/** The banner words for `code` (`fr-CA` uses `fr`), or undefined. */
export function findBannerWords(code: string): BannerWords | undefined {
  return BANNER_WORDS[code.toLowerCase()] ?? BANNER_WORDS[code.toLowerCase().split('-')[0]!];
}

/** The banner words of each locale of the config; a warning names the locales that fall back to English. */
export function getBannerWords({ locales, warn }: Pick<ConsentInput, 'locales' | 'warn'>): (code: string) => BannerWords {
  const missing = locales.map(({ code }) => code).filter((code) => !findBannerWords(code));
  if (missing.length > 0) warn(undefined, `The banner's own words (buttons, what each category is for) are not written in ${missing.join(', ')}: English is used. Edit them in the generated config.`);
  return (code) => findBannerWords(code) ?? BANNER_WORDS.en!;
}
