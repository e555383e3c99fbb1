import { describe, expect, it } from 'vitest';
import { getConsentExemption, requiresConsent } from './requiresConsent.js';

describe('requiresConsent', () => {
  it.each([
    [{ category: 'necessary' }, false],
    [{ category: 'preferences' }, true],
    [{ category: 'statistics' }, true],
    [{ category: 'marketing' }, true],
    [{ category: 'statistics', consent: { exempt: 'audience-measurement' } }, false],
    [{ category: 'preferences', consent: { exempt: 'appearance' } }, false],
    [{ category: 'necessary', consent: 'required' }, true],
  ] as const)('%j -> %s', (declaration, expected) => {
    expect(requiresConsent(declaration)).toBe(expected);
  });
});

describe('getConsentExemption', () => {
  it('treats an unclaimed necessary item as strictly necessary', () => {
    expect(getConsentExemption({ category: 'necessary' })).toBe('strictly-necessary');
    expect(getConsentExemption({ category: 'necessary', consent: { exempt: 'consent-choice' } })).toBe('consent-choice');
    expect(getConsentExemption({ category: 'marketing' })).toBeUndefined();
  });
});
