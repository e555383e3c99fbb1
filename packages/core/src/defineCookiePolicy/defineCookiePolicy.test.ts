import { describe, expect, it } from 'vitest';
import { defineCookie } from '../defineCookie/defineCookie.js';
import { CookiePolicyError } from '../issues/CookiePolicyError.js';
import { defineCookiePolicy } from './defineCookiePolicy.js';

const session = defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login' });
const analytics = defineCookie({
  name: '_ga_*',
  provider: 'Google',
  category: 'statistics',
  purpose: 'Audience statistics',
  duration: { months: 13 },
});
const theme = defineCookie({ name: 'theme', storage: 'localStorage', category: 'necessary', purpose: 'Dark mode', provider: 'Acme' });

describe('defineCookie', () => {
  it('returns the declaration unchanged', () => {
    const input = { name: 'a', category: 'necessary', purpose: 'p' } as const;
    expect(defineCookie(input)).toBe(input);
  });
});

describe('defineCookiePolicy', () => {
  const policy = defineCookiePolicy({ owner: 'Acme', site: 'https://acme.test', locales: ['en', 'fr'], cookies: [session, analytics, theme] });

  it('keeps owner, site and locales, the first locale being the default', () => {
    expect([policy.owner, policy.site, policy.locales, policy.defaultLocale]).toEqual(['Acme', 'https://acme.test', ['en', 'fr'], 'en']);
  });

  it('defaults the locales to English', () => {
    const english = defineCookiePolicy({ owner: 'Acme', cookies: [] });
    expect([english.locales, english.defaultLocale, english.site]).toEqual([['en'], 'en', undefined]);
  });

  it('fills in storage, party and setBy, keeping every declared field', () => {
    expect(policy.cookies).toEqual([
      { ...session, storage: 'cookie', party: 'first', setBy: 'app' },
      { ...analytics, storage: 'cookie', party: 'third', setBy: 'app' },
      { ...theme, storage: 'localStorage', party: 'first', setBy: 'app' },
    ]);
  });

  it('derives the party from the provider unless it is declared', () => {
    const own = defineCookie({ name: 'a', provider: { name: 'Acme' }, category: 'necessary', purpose: 'p' });
    const declared = defineCookie({ name: 'b', provider: 'CDN Inc', party: 'first', category: 'necessary', purpose: 'p' });
    expect(defineCookiePolicy({ owner: 'Acme', cookies: [own, declared] }).cookies.map((c) => c.party)).toEqual(['first', 'first']);
  });

  it('gets a declaration by exact name', () => {
    expect(policy.get('sessionid').purpose).toBe('Login');
    expect(policy.get('theme').storage).toBe('localStorage');
  });

  it('throws a message listing the declared names when untyped code asks for another', () => {
    expect(() => (policy.get as (name: string) => unknown)('nope')).toThrow(
      '"nope" is not declared in the cookie policy of Acme. Declared names: "sessionid", "theme".',
    );
  });

  it('matches concrete names, exact first, then patterns', () => {
    expect(policy.match('sessionid')?.name).toBe('sessionid');
    expect(policy.match('_ga_ABC123')?.name).toBe('_ga_*');
    expect(policy.match('_gid')).toBeUndefined();
    expect(policy.match('theme')).toBeUndefined();
    expect(policy.match('theme', 'localStorage')?.name).toBe('theme');
  });

  it('throws one CookiePolicyError listing every problem', () => {
    const bad = { name: '*', category: 'statistics', purpose: 'x' } as const;
    let error: unknown;
    try {
      defineCookiePolicy({ owner: 'Acme', cookies: [bad, session, session] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CookiePolicyError);
    const { issues, message } = error as CookiePolicyError;
    expect(issues.map((issue) => issue.code)).toEqual(['wildcard-only-name', 'missing-provider', 'missing-duration', 'duplicate-name']);
    expect(message).toMatch(/^The cookie policy has 4 problems:\n {2}- cookies\[0\]\.name: "\*" is named `\*`/);
  });
});
