// The example app's policy (docs/examples/opendatasoft-portal/src/cookies.ts) is valid, and a
// copy with each typical mistake fails with the code and path a user would be shown.
import { describe, expect, it } from 'vitest';
import { validatePolicy, type CookieDeclaration } from '@cookie-ledger/core';
import policy, { cookiePreferences, csrf, language, session } from '../docs/examples/opendatasoft-portal/src/cookies.js';

const declarations: CookieDeclaration[] = [session, language, csrf, cookiePreferences];
const input = { owner: policy.owner, site: policy.site, locales: policy.locales, cookies: declarations };

/** The example's input with the declaration at `index` changed (an undefined value removes the field). */
function withChange(index: number, change: Record<string, unknown>, extra: CookieDeclaration[] = []) {
  const cookies = declarations.map((declaration, i) => {
    if (i !== index) return declaration;
    const changed: Record<string, unknown> = { ...declaration, ...change };
    for (const [key, value] of Object.entries(change)) if (value === undefined) delete changed[key];
    return changed;
  });
  return { ...input, cookies: [...cookies, ...extra] };
}

const codesAndPaths = (value: unknown) => validatePolicy(value).map(({ code, path }) => `${code} at ${path}`);

describe('the example policy', () => {
  it('validates, and declares the four cookies of the seed page and the portal\'s localStorage key', () => {
    expect(validatePolicy(input)).toEqual([]);
    expect(policy.cookies.map((cookie) => cookie.name)).toEqual(['sessionid', 'django_language', 'csrftoken', 'cookies_preferences', 'ods-catalog-view']);
    expect(policy.get('csrftoken').duration).toEqual({ years: 1 });
  });

  it.each([
    ['a missing purpose', withChange(2, { purpose: undefined }), ['missing-purpose at cookies[2].purpose']],
    ['a statistics cookie without provider or duration', withChange(1, { category: 'statistics', provider: undefined, duration: undefined }), [
      'missing-provider at cookies[1].provider',
      'missing-duration at cookies[1].duration',
    ]],
    ['a third-party audience-measurement cookie that refreshes for 2 years', withChange(1, {
      category: 'statistics',
      consent: { exempt: 'audience-measurement' },
      provider: 'Google',
      duration: { years: 2, refresh: true },
    }), [
      'exemption-requires-first-party at cookies[1].consent',
      'exemption-forbids-refresh at cookies[1].duration.refresh',
      'exemption-duration-too-long at cookies[1].duration',
    ]],
    ['a consent-choice cookie kept 2 years', withChange(3, { duration: { years: 2 } }), ['exemption-duration-too-long at cookies[3].duration']],
    ['a duplicate name', withChange(2, { name: 'sessionid' }), ['duplicate-name at cookies[2].name']],
    ['a lone *', withChange(0, { name: '*' }), ['wildcard-only-name at cookies[0].name']],
    ['a * in the middle', withChange(0, { name: 'session*id' }), ['invalid-pattern at cookies[0].name']],
    ['overlapping patterns of two categories', withChange(0, { name: 'django_*' }, [
      { name: 'django*', category: 'marketing', provider: 'Ads Inc', purpose: { en: 'Ads', fr: 'Pub' }, duration: { days: 30 } },
    ]), ['overlapping-patterns at cookies[4].name']],
    ['an unknown category', withChange(1, { category: 'functional' }), ['unknown-category at cookies[1].category']],
    ['a text missing for a declared locale', withChange(0, { purpose: { en: 'To remember the user from one page to another' } }), [
      'missing-locale-text at cookies[0].purpose.fr',
    ]],
  ])('fails with %s', (_, changed, expected) => {
    expect(codesAndPaths(changed)).toEqual(expected);
  });
});
