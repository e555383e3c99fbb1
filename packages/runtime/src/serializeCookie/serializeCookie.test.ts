import { describe, expect, it } from 'vitest';
import { policy } from '../policy.fixture.js';
import { serializeCookie } from './serializeCookie.js';

describe('serializeCookie', () => {
  it('writes the declared lifetime and every declared attribute', () => {
    expect(serializeCookie(policy, 'sessionid', 'abc')).toBe('sessionid=abc; Max-Age=1209600; Path=/; HttpOnly; Secure; SameSite=Lax');
  });

  it('gives a pattern-declared cookie the pattern declaration’s lifetime, and encodes the value', () => {
    expect(serializeCookie(policy, '_ga_ABC', 'a b;c')).toBe('_ga_ABC=a%20b%3Bc; Max-Age=33696000; Path=/');
  });

  it('counts a month as 30 days, as every cookie-ledger package does', () => {
    expect(serializeCookie(policy, 'django_language', 'fr')).toBe('django_language=fr; Max-Age=31104000; Path=/');
  });

  it('refuses an undeclared name, a storage key and a name that is not a cookie token', () => {
    const untyped = serializeCookie as (p: typeof policy, name: string, value: string) => string;
    expect(() => untyped(policy, 'tracking', '1')).toThrow('"tracking" is not a cookie declared in the cookie policy of Acme');
    expect(() => untyped(policy, 'tab-id', '1')).toThrow('is not a cookie declared');
    expect(() => untyped(policy, '_ga_a b', '1')).toThrow('"_ga_a b" is not a valid cookie name');
  });
});
