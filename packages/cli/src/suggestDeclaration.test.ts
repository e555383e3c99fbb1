import { validatePolicy } from '@cookie-ledger/core';
import { describe, expect, it } from 'vitest';
import { findKnownCookie } from './known-cookies/findKnownCookie.js';
import { suggestDeclaration, TODO_CATEGORY, type SuggestionInput } from './suggestDeclaration.js';

const input: SuggestionInput = { storage: 'cookie', owner: 'Acme', locales: [], known: findKnownCookie };

/** Core's problem codes for a policy of Acme holding this one declaration (the review line is not part of it). */
function problemsOf(declaration: ReturnType<typeof suggestDeclaration>, locales: readonly string[] = ['en']): string[] {
  const written: Record<string, unknown> = { ...declaration };
  delete written.review;
  return validatePolicy({ owner: 'Acme', locales, cookies: [written] }).map(({ code, path }) => `${code} at ${path}`);
}

describe('suggestDeclaration', () => {
  it("gives what the person typed a valid declaration, with the owner as provider", () => {
    const theme = suggestDeclaration('theme', { ...input, storage: 'localStorage', category: 'preferences', purpose: 'To remember the dark mode', duration: { years: 1 } });
    expect(theme).toEqual({ name: 'theme', storage: 'localStorage', provider: 'Acme', category: 'preferences', purpose: 'To remember the dark mode', duration: { years: 1 } });
    expect(problemsOf(theme)).toEqual([]);
  });

  it('leaves what nobody said as TODOs that fail validation, never `necessary`, and names no other company', () => {
    const cart = suggestDeclaration('cart_id', input);
    expect(cart).toMatchObject({ provider: 'Acme', category: TODO_CATEGORY, purpose: 'TODO: say why "cart_id" is stored' });
    expect(problemsOf(cart)).toEqual(['unknown-category at cookies[0].category', 'placeholder-text at cookies[0].purpose']);
    expect(JSON.stringify(cart)).not.toMatch(/Google|Facebook|Hotjar/);
  });

  it("gives a known third party's cookie that company, its privacy policy, setBy and the database's pattern", () => {
    expect(suggestDeclaration('_gid', input)).toMatchObject({
      name: '_gid',
      provider: { name: 'Google', privacyPolicy: 'https://business.safety.google/privacy/' },
      category: 'statistics',
      duration: { hours: 24 },
      setBy: 'third-party-script',
    });
    expect(suggestDeclaration('_fbp', input)).toMatchObject({ provider: { name: 'Facebook' }, setBy: 'third-party-script' });
    const hotjar = suggestDeclaration('_hjSessionUser_1234', input);
    expect(hotjar).toMatchObject({ name: '_hjSessionUser_*', provider: { name: 'Hotjar' }, setBy: 'third-party-script' });
    expect(problemsOf(hotjar)).toEqual([]);
  });

  it("makes the site's own framework's cookie the owner's, set by a library", () => {
    expect(suggestDeclaration('django_language', input)).toMatchObject({ name: 'django_language', provider: 'Acme', setBy: 'library' });
  });

  it('writes the text under every locale of the policy, asking for a translation', () => {
    const gid = suggestDeclaration('_gid', { ...input, locales: ['en', 'fr', 'de'] });
    const english = findKnownCookie('_gid')!.purpose;
    expect(gid.purpose).toEqual({ en: english, fr: english, de: english });
    expect(gid.review).toMatch(/written in one language under fr, de too: translate it/);
    expect(problemsOf(gid, ['en', 'fr', 'de'])).toEqual([]);
  });

  it("carries over what the app's code sets, and says nothing of who writes it", () => {
    const session = suggestDeclaration('session', {
      ...input,
      appWritten: true,
      known: (name) => findKnownCookie(name, { appWritten: true }),
      written: { duration: { days: 30 }, attributes: { httpOnly: true, sameSite: 'lax' } },
    });
    expect(session).toEqual({
      name: 'session',
      storage: 'cookie',
      provider: 'Acme',
      category: TODO_CATEGORY,
      purpose: 'TODO: say why "session" is stored',
      duration: { days: 30 },
      attributes: { httpOnly: true, sameSite: 'lax' },
    });
  });
});
