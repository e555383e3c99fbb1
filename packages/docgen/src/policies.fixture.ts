import { defineCookie, defineCookiePolicy, type CookieDeclaration } from '@cookie-ledger/core';

/** A policy with one declaration of every kind the renderers tell apart. */
export const variedPolicy = defineCookiePolicy({
  owner: 'Acme',
  site: 'https://shop.example.com',
  locales: ['en', 'fr'],
  cookies: [
    defineCookie({
      name: 'session',
      category: 'necessary',
      purpose: { en: 'Keeps you logged in', fr: 'Vous garde connecté' },
      feature: { en: 'Login', fr: 'Connexion' },
      locations: [{ en: 'shop', fr: 'boutique' }, { en: 'account', fr: 'compte' }, { en: 'checkout', fr: 'paiement' }],
      duration: 'session',
    }),
    defineCookie({
      name: '_ga_*',
      provider: { name: 'Google', privacyPolicy: 'https://policies.example.org/privacy' },
      category: 'statistics',
      purpose: { en: 'Counts visits', fr: 'Compte les visites' },
      duration: { months: 13, refresh: true },
      attributes: { domain: '.example.com' },
      tcf: { purposes: [8, 9], specialPurposes: [1] },
    }),
    defineCookie({
      name: '*_seen',
      storage: 'localStorage',
      provider: 'Acme',
      category: 'preferences',
      purpose: { en: 'Remembers which tips you closed', fr: 'Mémorise les astuces que vous avez fermées' },
      duration: { days: 1 },
    }),
    defineCookie({
      name: 'ads',
      provider: 'AdCo',
      category: 'marketing',
      purpose: 'Shows ads',
      duration: { years: 2 },
      attributes: { domain: 'ads.example.net' },
    }),
  ],
});

/** A policy of one necessary first-party cookie with the given fields. */
export function policyOf(...cookies: CookieDeclaration[]) {
  return defineCookiePolicy({ owner: 'Acme', site: 'https://shop.example.com', locales: ['en', 'fr'], cookies });
}
