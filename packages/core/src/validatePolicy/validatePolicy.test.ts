import { describe, expect, it } from 'vitest';
import { validatePolicy } from './validatePolicy.js';

/** A valid declaration with every field set. */
const complete = {
  name: 'sessionid',
  storage: 'cookie',
  provider: { name: 'Opendatasoft', url: 'https://www.opendatasoft.com', privacyPolicy: 'https://example.com/p', country: 'FR' },
  party: 'first',
  category: 'necessary',
  purpose: { en: 'To remember the user', fr: "Pour reconnaître l'utilisateur" },
  feature: { en: 'Authentication', fr: 'Authentification' },
  locations: ['front office', { en: 'back office', fr: 'back office' }],
  condition: 'Only when logged in',
  duration: { weeks: 2, refresh: true, note: { en: '2 weeks by default', fr: '2 semaines par défaut' } },
  attributes: { httpOnly: true, secure: true, sameSite: 'lax', domain: '.example.com', path: '/', partitioned: false },
  consent: 'required',
  setBy: 'library',
  tcf: { purposes: [1, 10], specialPurposes: [1] },
};

const statistics = {
  name: '_pk_id.*',
  provider: 'Opendatasoft',
  category: 'statistics',
  purpose: 'Audience measurement',
  duration: { months: 13 },
  consent: { exempt: 'audience-measurement' },
};

const policy = (cookies: unknown[], extra: Record<string, unknown> = {}) => ({
  owner: 'Opendatasoft',
  site: 'https://example.com',
  locales: ['en', 'fr'],
  cookies,
  ...extra,
});

const codesAndPaths = (input: unknown) => validatePolicy(input).map(({ code, path }) => [code, path]);

describe('validatePolicy', () => {
  it('accepts a declaration with every field, and an exempt statistics cookie', () => {
    expect(validatePolicy(policy([complete, statistics]))).toEqual([]);
  });

  it('accepts the smallest policy: an owner and an empty list', () => {
    expect(validatePolicy({ owner: 'A', cookies: [] })).toEqual([]);
  });

  it('accepts every duration form', () => {
    const durations = ['session', { session: true, note: 'x' }, { seconds: 1 }, { minutes: 1 }, { hours: 1 }, { days: 1 }, { months: 1 }, { years: 1 }];
    const cookies = durations.map((duration, index) => ({ name: `c${index}`, category: 'necessary', purpose: 'p', duration }));
    expect(validatePolicy({ owner: 'A', cookies })).toEqual([]);
  });

  it.each([
    ['a missing purpose', { purpose: undefined }, [['missing-purpose', 'cookies[0].purpose']]],
    ['an empty purpose', { purpose: '  ' }, [['invalid-text', 'cookies[0].purpose']]],
    ['a TODO purpose left by add or init', { purpose: 'TODO: say why this cookie exists' }, [['placeholder-text', 'cookies[0].purpose']]],
    ['a TODO text in one locale', { feature: { en: 'Login', fr: 'todo' } }, [['placeholder-text', 'cookies[0].feature.fr']]],
    ['a text missing for a declared locale', { feature: { en: 'Authentication' } }, [['missing-locale-text', 'cookies[0].feature.fr']]],
    ['a location that is not text', { locations: 'front office' }, [['invalid-text', 'cookies[0].locations']]],
    ['a missing provider on a cookie that needs consent', { provider: undefined }, [['missing-provider', 'cookies[0].provider']]],
    ['a missing duration on a cookie that needs consent', { duration: undefined }, [['missing-duration', 'cookies[0].duration']]],
    ['a lone *', { name: '*' }, [['wildcard-only-name', 'cookies[0].name']]],
    ['a * in the middle of a name', { name: '_ga_*_x' }, [['invalid-pattern', 'cookies[0].name']]],
    ['no name', { name: undefined }, [['missing-name', 'cookies[0].name']]],
    ['a cookie name with a separator', { name: 'a;b' }, [['invalid-cookie-name', 'cookies[0].name']]],
    ['a cookie name with a space', { name: 'c d' }, [['invalid-cookie-name', 'cookies[0].name']]],
    ['a cookie name with an equals sign', { name: 'g=h' }, [['invalid-cookie-name', 'cookies[0].name']]],
    ['a cookie pattern with a control character', { name: 'x\u0001*' }, [['invalid-cookie-name', 'cookies[0].name']]],
    ['a name that is a number', { name: 42 }, [['invalid-name', 'cookies[0].name']]],
    ['an unknown category', { category: 'functional' }, [['unknown-category', 'cookies[0].category']]],
    ['no category', { category: undefined }, [['missing-category', 'cookies[0].category']]],
    ['an unknown storage', { storage: 'webSQL' }, [['invalid-storage', 'cookies[0].storage']]],
    ['a provider object without a name', { provider: { url: 'https://x' } }, [['invalid-provider', 'cookies[0].provider']]],
    ['an unknown party', { party: 'second' }, [['invalid-party', 'cookies[0].party']]],
    ['a duration with two units', { duration: { days: 1, hours: 2 } }, [['invalid-duration', 'cookies[0].duration']]],
    ['a negative duration', { duration: { days: -1 } }, [['invalid-duration', 'cookies[0].duration']]],
    ['an infinite duration', { duration: { years: Number.POSITIVE_INFINITY } }, [['invalid-duration', 'cookies[0].duration']]],
    ['an unknown duration unit', { duration: { fortnights: 1 } }, [['invalid-duration', 'cookies[0].duration']]],
    ['an uppercase sameSite', { attributes: { sameSite: 'Lax', secure: true } }, [['invalid-attribute', 'cookies[0].attributes.sameSite']]],
    ['sameSite none without secure', { attributes: { sameSite: 'none' } }, [['invalid-attribute', 'cookies[0].attributes.secure']]],
    ['a path without a slash', { attributes: { path: 'api' } }, [['invalid-attribute', 'cookies[0].attributes.path']]],
    ['a domain with a scheme', { attributes: { domain: 'https://example.com' } }, [['invalid-attribute', 'cookies[0].attributes.domain']]],
    ['a lifetime among the attributes', { attributes: { maxAge: 10 } }, [['invalid-attribute', 'cookies[0].attributes.maxAge']]],
    ['a __Host- cookie with a domain', { name: '__Host-id', attributes: { secure: true, path: '/', domain: 'example.com' } }, [['cookie-prefix-attributes', 'cookies[0].attributes']]],
    ['a __Secure- cookie that is not secure', { name: '__secure-id', attributes: {} }, [['cookie-prefix-attributes', 'cookies[0].attributes']]],
    ['an unknown consent claim', { consent: { exempt: 'legitimate-interest' } }, [['invalid-consent', 'cookies[0].consent']]],
    ['an unknown setBy', { setBy: 'server' }, [['invalid-set-by', 'cookies[0].setBy']]],
    ['a TCF purpose out of range', { tcf: { purposes: [12] } }, [['invalid-tcf', 'cookies[0].tcf']]],
    ['a misspelt field', { purpse: 'x' }, [['unknown-field', 'cookies[0].purpse']]],
  ])('reports %s', (_, change, expected) => {
    const declaration = { name: 'pref', provider: 'Opendatasoft', category: 'preferences', purpose: 'p', duration: { months: 6 }, ...change };
    for (const [key, value] of Object.entries(change)) if (value === undefined) delete (declaration as Record<string, unknown>)[key];
    expect(codesAndPaths(policy([declaration], { locales: ['en', 'fr'] }))).toEqual(expected);
  });

  it('lets a __Host- cookie with secure, path / and no domain through', () => {
    const cookie = { name: '__Host-csrf', category: 'necessary', purpose: 'p', attributes: { secure: true, path: '/' } };
    expect(validatePolicy({ owner: 'A', cookies: [cookie] })).toEqual([]);
  });

  describe('exemptions', () => {
    it.each([
      ['a third-party audience-measurement cookie', { provider: 'Google' }, [['exemption-requires-first-party', 'cookies[0].consent']]],
      ['a refreshing audience-measurement cookie', { duration: { months: 13, refresh: true } }, [['exemption-forbids-refresh', 'cookies[0].duration.refresh']]],
      ['an audience-measurement cookie over 13 months', { duration: { months: 14 } }, [['exemption-duration-too-long', 'cookies[0].duration']]],
      ['an audience-measurement cookie of 2 years', { duration: { years: 2 } }, [['exemption-duration-too-long', 'cookies[0].duration']]],
      ['an audience-measurement cookie without duration', { duration: undefined }, [['exemption-requires-duration', 'cookies[0].duration']]],
      ['a consent-choice cookie over 13 months', { consent: { exempt: 'consent-choice' }, duration: { months: 25 } }, [['exemption-duration-too-long', 'cookies[0].duration']]],
    ])('reports %s', (_, change, expected) => {
      const declaration = { ...statistics, ...change };
      for (const [key, value] of Object.entries(change)) if (value === undefined) delete (declaration as Record<string, unknown>)[key];
      expect(codesAndPaths({ owner: 'Opendatasoft', cookies: [declaration] })).toEqual(expected);
    });

    it('lets an explicit first party through even with another provider name', () => {
      expect(validatePolicy({ owner: 'Opendatasoft', cookies: [{ ...statistics, provider: 'Matomo', party: 'first' }] })).toEqual([]);
    });

    it('accepts exactly 13 months and a session cookie', () => {
      expect(validatePolicy({ owner: 'Opendatasoft', cookies: [{ ...statistics, duration: { months: 13 } }] })).toEqual([]);
      expect(validatePolicy({ owner: 'Opendatasoft', cookies: [{ ...statistics, duration: 'session' }] })).toEqual([]);
    });

    it('does not ask necessary cookies for a provider or a duration', () => {
      expect(validatePolicy({ owner: 'A', cookies: [{ name: 'x', category: 'necessary', purpose: 'p' }] })).toEqual([]);
    });
  });

  describe('across declarations', () => {
    const base = { category: 'necessary', purpose: 'p' };

    it('reports a duplicate exact name at the second declaration', () => {
      expect(codesAndPaths({ owner: 'A', cookies: [{ ...base, name: 'a' }, { ...base, name: 'b' }, { ...base, name: 'a' }] })).toEqual([
        ['duplicate-name', 'cookies[2].name'],
      ]);
    });

    it('allows the same name in two storage kinds', () => {
      expect(validatePolicy({ owner: 'A', cookies: [{ ...base, name: 'a' }, { ...base, name: 'a', storage: 'localStorage' }] })).toEqual([]);
    });

    it('reports prefix patterns that overlap with different categories', () => {
      const cookies = [
        { ...base, name: '_ga*' },
        { name: '_ga_*', category: 'statistics', purpose: 'p', provider: 'Google', duration: { years: 1 } },
      ];
      expect(codesAndPaths({ owner: 'A', cookies })).toEqual([['overlapping-patterns', 'cookies[1].name']]);
    });

    it('reports suffix patterns that overlap with different categories', () => {
      const cookies = [
        { ...base, name: '*_id' },
        { name: '*user_id', category: 'marketing', purpose: 'p', provider: 'X', duration: { days: 1 } },
      ];
      expect(codesAndPaths({ owner: 'A', cookies })).toEqual([['overlapping-patterns', 'cookies[1].name']]);
    });

    it('lets overlapping patterns of one category, and disjoint ones, through', () => {
      expect(validatePolicy({ owner: 'A', cookies: [{ ...base, name: '_ga*' }, { ...base, name: '_ga_*' }, { ...base, name: '_gb*' }] })).toEqual([]);
    });
  });

  describe('the policy itself', () => {
    it.each([
      ['not an object', 'nope', [['invalid-policy', '']]],
      ['no owner', { cookies: [] }, [['missing-owner', 'owner']]],
      ['an owner left as a TODO by init', { owner: 'TODO: the company that runs the site', cookies: [] }, [['placeholder-text', 'owner']]],
      ['a site that is not a string', { owner: 'A', site: 1, cookies: [] }, [['invalid-site', 'site']]],
      ['an empty locale list', { owner: 'A', locales: [], cookies: [] }, [['invalid-locales', 'locales']]],
      ['duplicate locales', { owner: 'A', locales: ['en', 'en'], cookies: [] }, [['invalid-locales', 'locales']]],
      ['no cookies list', { owner: 'A' }, [['invalid-cookies', 'cookies']]],
      ['a declaration that is not an object', { owner: 'A', cookies: ['sessionid'] }, [['invalid-declaration', 'cookies[0]']]],
      ['an unknown top-level field', { owner: 'A', cookies: [], lang: 'en' }, [['unknown-field', 'lang']]],
    ])('reports %s', (_, input, expected) => {
      expect(codesAndPaths(input)).toEqual(expected);
    });
  });

  it('returns every problem at once, in the order of the policy', () => {
    const input = { locales: ['en'], cookies: [{ name: '*' }, { name: 'ok', category: 'marketing', purpose: 'p' }] };
    expect(codesAndPaths(input)).toEqual([
      ['missing-owner', 'owner'],
      ['wildcard-only-name', 'cookies[0].name'],
      ['missing-category', 'cookies[0].category'],
      ['missing-purpose', 'cookies[0].purpose'],
      ['missing-provider', 'cookies[1].provider'],
      ['missing-duration', 'cookies[1].duration'],
    ]);
  });

  it('writes messages that name the cookie and say what to write instead', () => {
    const [issue] = validatePolicy({ owner: 'A', cookies: [{ name: 'csrftoken', category: 'necessary' }] });
    expect(issue?.message).toContain('"csrftoken" has no purpose');
    expect(issue?.message).toContain("purpose: '");
    expect(issue?.pathSegments).toEqual(['cookies', 0, 'purpose']);
  });

  it('never throws, whatever the input', () => {
    const circular: Record<string, unknown> = { owner: 'A' };
    circular.cookies = [circular];
    for (const input of [null, undefined, 0, [], () => 1, circular, { owner: 'A', cookies: [null, [], /x/] }]) {
      expect(() => validatePolicy(input)).not.toThrow();
    }
  });
});
