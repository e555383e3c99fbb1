import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

/**
 * A policy with every case a banner config tells apart: exempt and gated items, exact names,
 * prefix, suffix and RegExp patterns, Web Storage, an httpOnly cookie that needs consent, a
 * declared path, and a name with a dot. Indexes are referred to by the tests' warnings.
 */
export const consentPolicy = defineCookiePolicy({
  owner: 'Acme',
  site: 'https://shop.example.com',
  locales: ['en', 'fr'],
  cookies: [
    /* 0 */ defineCookie({ name: 'sessionid', category: 'necessary', purpose: { en: 'Login', fr: 'Connexion' }, duration: { weeks: 2 }, attributes: { httpOnly: true, secure: true } }),
    /* 1 */ defineCookie({ name: 'cc_cookie', category: 'necessary', purpose: { en: 'Your consent choice', fr: 'Votre choix' }, duration: { months: 6 } }),
    /* 2 */ defineCookie({ name: '_ga', provider: { name: 'Google', privacyPolicy: 'https://policies.example.org/privacy' }, category: 'statistics', purpose: { en: 'Counts visits', fr: 'Compte les visites' }, duration: { months: 13 } }),
    /* 3 */ defineCookie({ name: '_ga_*', provider: { name: 'Google', privacyPolicy: 'https://policies.example.org/privacy' }, category: 'statistics', purpose: { en: 'Counts visits', fr: 'Compte les visites' }, duration: { months: 13 } }),
    /* 4 */ defineCookie({ name: '*_hist', provider: 'Acme', category: 'preferences', purpose: { en: 'Search history', fr: 'Historique' }, duration: { days: 30 } }),
    /* 5 */ defineCookie({ name: /^_pk_id\./, provider: 'Matomo', category: 'statistics', purpose: { en: 'Visitor id', fr: 'Identifiant' }, duration: { months: 13 } }),
    /* 6 */ defineCookie({ name: 'draft:*', storage: 'localStorage', provider: 'Acme', category: 'preferences', purpose: { en: 'Drafts', fr: 'Brouillons' }, duration: { days: 7 } }),
    /* 7 */ defineCookie({ name: 'tour-step', storage: 'sessionStorage', provider: 'Acme', category: 'preferences', purpose: { en: 'Guided tour', fr: 'Visite guidée' }, duration: 'session' }),
    /* 8 */ defineCookie({ name: 'ad_uid', provider: 'AdCo', category: 'marketing', purpose: { en: 'Ads', fr: 'Publicité' }, duration: { days: 90 }, attributes: { httpOnly: true } }),
    /* 9 */ defineCookie({ name: 'ad.seen', provider: 'AdCo', category: 'marketing', purpose: { en: 'Ads seen', fr: 'Publicités vues' }, duration: { days: 90 }, attributes: { path: '/shop' } }),
    /* 10 */ defineCookie({ name: 'layout', provider: 'Acme', category: 'preferences', consent: { exempt: 'appearance' }, purpose: { en: 'Layout', fr: 'Mise en page' }, duration: { months: 6 } }),
  ],
});
