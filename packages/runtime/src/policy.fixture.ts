import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

/** A policy with an item of each kind the jar handles: exact and pattern names, cookies and Web Storage, gated and exempt. */
export const session = defineCookie({
  name: 'sessionid',
  category: 'necessary',
  purpose: 'Login',
  duration: { weeks: 2 },
  attributes: { httpOnly: true, secure: true, sameSite: 'lax' },
});
export const language = defineCookie({ name: 'django_language', category: 'necessary', purpose: 'Language', duration: { months: 12 } });
export const view = defineCookie({
  name: 'catalog-view',
  category: 'preferences',
  provider: 'Acme',
  purpose: 'Remembers the catalog layout',
  duration: { days: 30 },
  attributes: { secure: true, sameSite: 'strict', path: '/' },
});
export const analytics = defineCookie({ name: '_ga_*', provider: 'Google', category: 'statistics', purpose: 'Stats', duration: { months: 13 } });
export const draft = defineCookie({ name: 'draft:*', storage: 'localStorage', provider: 'Acme', category: 'preferences', purpose: 'Unsent drafts', duration: { days: 7 } });
export const tab = defineCookie({ name: 'tab-id', storage: 'sessionStorage', category: 'necessary', purpose: 'Tab' });
export const ads = defineCookie({ name: /^_fbp/, provider: 'Meta', category: 'marketing', purpose: 'Ads', duration: { days: 90 } });

export const policy = defineCookiePolicy({ owner: 'Acme', cookies: [session, language, view, analytics, draft, tab, ads] });
