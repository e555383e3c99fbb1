import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

/** Shared by every cookie of the portal: the vendor runs the site and sets them all. */
const opendatasoft = { name: 'Opendatasoft', url: 'https://www.opendatasoft.com' };

const frontAndBackOffice = { en: 'front and back office', fr: 'front et back office' };

/** Django's session cookie: who is logged in. */
export const session = defineCookie({
  name: 'sessionid',
  provider: opendatasoft,
  category: 'necessary',
  feature: { en: 'Authentication', fr: 'Authentification' },
  locations: [frontAndBackOffice],
  purpose: {
    en: 'To remember the user from one page to another',
    fr: "Pour reconnaître l'utilisateur d'une page à l'autre",
  },
  duration: { weeks: 2, note: { en: '2 weeks by default', fr: '2 semaines par défaut' } },
  attributes: { httpOnly: true, secure: true, sameSite: 'lax', path: '/' },
});

/** The language the visitor picked in the portal's language menu. */
export const language = defineCookie({
  name: 'django_language',
  provider: opendatasoft,
  category: 'necessary',
  feature: { en: 'Language selection', fr: 'Choix de la langue' },
  locations: [frontAndBackOffice],
  purpose: { en: "To remember the visitor's language", fr: 'Pour mémoriser la langue du visiteur' },
  condition: { en: 'Only on multilingual portals', fr: 'Uniquement sur les portails multilingues' },
  duration: { years: 1 },
  attributes: { secure: true, sameSite: 'lax', path: '/' },
});

/** Django's CSRF token, sent back with every API call that changes data. */
export const csrf = defineCookie({
  name: 'csrftoken',
  provider: opendatasoft,
  category: 'necessary',
  feature: { en: 'API (CSRF)', fr: 'API (CSRF)' },
  locations: [frontAndBackOffice],
  purpose: { en: 'To retrieve data via API calls', fr: "Pour récupérer des données par des appels d'API" },
  duration: { years: 1 },
  attributes: { secure: true, sameSite: 'lax', path: '/' },
});

/** The visitor's answer to the consent banner. */
export const cookiePreferences = defineCookie({
  name: 'cookies_preferences',
  provider: opendatasoft,
  category: 'necessary',
  consent: { exempt: 'consent-choice' },
  feature: { en: 'Choices related to your cookie preferences', fr: 'Choix liés à vos préférences de cookies' },
  purpose: { en: "To remember the visitor's cookie preferences", fr: 'Pour mémoriser les préférences de cookies du visiteur' },
  duration: { months: 6 },
  attributes: { secure: true, sameSite: 'lax', path: '/' },
});

/** The layout the visitor picked for the dataset catalogue, kept in the browser's localStorage. */
export const catalogView = defineCookie({
  name: 'ods-catalog-view',
  storage: 'localStorage',
  provider: opendatasoft,
  category: 'preferences',
  consent: { exempt: 'appearance' },
  feature: { en: 'Catalogue layout', fr: 'Affichage du catalogue' },
  locations: [{ en: 'front office', fr: 'front office' }],
  purpose: {
    en: 'To show the dataset catalogue as cards or as a table, as the visitor last chose',
    fr: 'Pour afficher le catalogue des jeux de données en cartes ou en tableau, comme le visiteur l’a choisi',
  },
});

export default defineCookiePolicy({
  owner: 'Opendatasoft',
  site: 'https://interpolilli.opendatasoft.com',
  locales: ['en', 'fr'],
  cookies: [session, language, csrf, cookiePreferences, catalogView],
});
