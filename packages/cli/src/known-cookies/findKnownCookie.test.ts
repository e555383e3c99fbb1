import { describe, expect, it } from 'vitest';
import { findKnownCookie } from './findKnownCookie.js';

describe('findKnownCookie', () => {
  it('finds a well-known cookie by its exact name, with a structured duration', () => {
    expect(findKnownCookie('_ga')).toMatchObject({
      name: '_ga',
      platform: 'Google Analytics',
      provider: 'Google',
      category: 'statistics',
      duration: { years: 2 },
    });
  });

  it('finds a concrete name through a prefix row', () => {
    expect(findKnownCookie('_ga_ABC123XYZ')).toMatchObject({ name: '_ga_*', category: 'statistics' });
  });

  it('finds a pattern by the row of the same pattern', () => {
    expect(findKnownCookie('_ga_*')).toMatchObject({ name: '_ga_*', platform: 'Google Analytics' });
    expect(findKnownCookie('_ga*')).toBeUndefined();
  });

  it('knows nothing of an application cookie', () => {
    expect(findKnownCookie('interpolilli_cart')).toBeUndefined();
  });

  it("leaves rows tied to a service's own domain out for cookies the app writes", () => {
    expect(findKnownCookie('sessionid')).toMatchObject({ platform: 'Instagram', domain: 'instagram.com' });
    expect(findKnownCookie('sessionid', { appWritten: true })).toBeUndefined();
    expect(findKnownCookie('connect.sid', { appWritten: true })).toBeUndefined();
    expect(findKnownCookie('django_language', { appWritten: true })).toMatchObject({ platform: 'Django' });
  });
});
