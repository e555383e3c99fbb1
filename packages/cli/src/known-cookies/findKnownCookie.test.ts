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

  it('knows nothing of an application cookie', () => {
    expect(findKnownCookie('interpolilli_cart')).toBeUndefined();
  });
});
