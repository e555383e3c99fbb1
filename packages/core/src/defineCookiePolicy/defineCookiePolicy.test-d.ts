import { describe, expectTypeOf, it } from 'vitest';
import { defineCookie } from '../defineCookie/defineCookie.js';
import type { CookieCategory, CookieDeclaration } from '../types/declaration.js';
import type { CookieName, ResolvedCookie } from '../types/policy.js';
import { defineCookiePolicy } from './defineCookiePolicy.js';

const session = defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login' });
const csrf = defineCookie({ name: 'csrftoken', category: 'necessary', purpose: 'CSRF' });
const analytics = defineCookie({ name: '_ga_*', provider: 'Google', category: 'statistics', purpose: 'Stats', duration: { months: 13 } });
const byRegex = defineCookie({ name: /^_hs/, provider: 'HubSpot', category: 'marketing', purpose: 'Ads', duration: { days: 1 } });
const policy = defineCookiePolicy({ owner: 'Acme', cookies: [session, csrf, analytics, byRegex] });

describe('defineCookie', () => {
  it('keeps the literal name without as const', () => {
    expectTypeOf(session.name).toEqualTypeOf<'sessionid'>();
    expectTypeOf(analytics.name).toEqualTypeOf<'_ga_*'>();
    expectTypeOf(byRegex.name).toEqualTypeOf<RegExp>();
    expectTypeOf(session).toEqualTypeOf<CookieDeclaration<'sessionid'>>();
  });

  it('rejects what the model does not allow', () => {
    // @ts-expect-error: a misspelt field
    defineCookie({ name: 'a', category: 'necessary', purpose: 'p', purpse: 'typo' });
    // @ts-expect-error: an unknown category
    defineCookie({ name: 'a', category: 'functional', purpose: 'p' });
    // @ts-expect-error: the purpose is required
    defineCookie({ name: 'a', category: 'necessary' });
    // @ts-expect-error: two units in one duration
    defineCookie({ name: 'a', category: 'necessary', purpose: 'p', duration: { days: 1, hours: 2 } });
    // @ts-expect-error: a duration unit that does not exist
    defineCookie({ name: 'a', category: 'necessary', purpose: 'p', duration: { fortnights: 1 } });
    // @ts-expect-error: an unknown exemption
    defineCookie({ name: 'a', category: 'statistics', purpose: 'p', consent: { exempt: 'legitimate-interest' } });
    // @ts-expect-error: sameSite is lowercase
    defineCookie({ name: 'a', category: 'necessary', purpose: 'p', attributes: { sameSite: 'Lax' } });
    // @ts-expect-error: an unknown storage
    defineCookie({ name: 'a', storage: 'webSQL', category: 'necessary', purpose: 'p' });
  });

  it('accepts every form the model allows', () => {
    defineCookie({
      name: 'a',
      storage: 'sessionStorage',
      provider: { name: 'Acme', url: 'https://acme.test', privacyPolicy: 'https://acme.test/p', country: 'FR' },
      party: 'first',
      category: 'preferences',
      purpose: { en: 'p', fr: 'p' },
      feature: 'f',
      locations: ['front office', { en: 'back office' }],
      condition: 'c',
      duration: { months: 6, refresh: false, note: { en: 'six months' } },
      attributes: { httpOnly: false, secure: true, sameSite: 'none', domain: '.acme.test', path: '/', partitioned: true },
      consent: { exempt: 'appearance' },
      setBy: 'third-party-script',
      tcf: { purposes: [1], specialPurposes: [3] },
    });
    defineCookie({ name: 'b', category: 'necessary', purpose: 'p', duration: 'session' });
    defineCookie({ name: 'c', category: 'necessary', purpose: 'p', duration: { session: true, note: 'until the tab closes' } });
  });
});

describe('CookieName', () => {
  it('is the union of the exact names, without patterns or RegExps', () => {
    expectTypeOf<CookieName<typeof policy>>().toEqualTypeOf<'sessionid' | 'csrftoken'>();
  });
});

describe('policy.get', () => {
  it('returns the declaration with that name, resolved', () => {
    expectTypeOf(policy.get('sessionid')).toEqualTypeOf<ResolvedCookie<CookieDeclaration<'sessionid'>>>();
    expectTypeOf(policy.get('csrftoken').name).toEqualTypeOf<'csrftoken'>();
    expectTypeOf(policy.get('csrftoken').category).toEqualTypeOf<CookieCategory>();
  });

  it('does not compile for an undeclared name or a pattern', () => {
    // @ts-expect-error: not declared
    policy.get('nope');
    // @ts-expect-error: a pattern is not an exact name
    policy.get('_ga_*');
  });

  it('works with declarations written inline', () => {
    const inline = defineCookiePolicy({
      owner: 'Acme',
      cookies: [defineCookie({ name: 'lang', category: 'necessary', purpose: 'Language' })],
    });
    expectTypeOf(inline.get('lang').name).toEqualTypeOf<'lang'>();
    // @ts-expect-error: not declared
    inline.get('language');
  });
});

describe('policy.match', () => {
  it('may find nothing', () => {
    expectTypeOf(policy.match('x')).toEqualTypeOf<ResolvedCookie<(typeof policy.cookies)[number]> | undefined>();
  });
});
