import { defineCookiePolicy, type CookiePolicy } from '@cookie-ledger/core';
import { describe, expectTypeOf, it } from 'vitest';
import { policy } from '../policy.fixture.js';
import { serializeCookie } from '../serializeCookie/serializeCookie.js';
import type { JarName } from '../types.js';
import { createCookieJar } from './createCookieJar.js';

const jar = createCookieJar(policy);

describe('createCookieJar', () => {
  it('takes exact names as literals and patterns as template literal types', () => {
    expectTypeOf<JarName<typeof policy>>().toEqualTypeOf<'sessionid' | 'django_language' | 'catalog-view' | `_ga_${string}` | `draft:${string}` | 'tab-id'>();
    jar.set('catalog-view', 'grid');
    jar.set('_ga_ABC123', 'GA1.1.1');
    jar.set('draft:42', '{}');
    expectTypeOf(jar.get('tab-id')).toEqualTypeOf<string | undefined>();
    expectTypeOf(jar.set('django_language', 'fr')).toEqualTypeOf<boolean>();
  });

  it('does not compile an undeclared name', () => {
    // @ts-expect-error: not declared
    jar.set('tracking', '1');
    // @ts-expect-error: a misspelt exact name
    jar.get('catalog_view');
    // @ts-expect-error: the pattern's fixed part is missing
    jar.remove('ga_ABC');
    // @ts-expect-error: values are strings
    jar.set('catalog-view', 42);
  });

  it('types the consent by category', () => {
    jar.consent.update({ statistics: true });
    expectTypeOf(jar.consent.get('marketing')).toEqualTypeOf<boolean>();
    // @ts-expect-error: not a category
    jar.consent.update({ analytics: true });
  });

  it('accepts any name from a policy whose names are not known to the compiler', () => {
    const untyped = defineCookiePolicy({ owner: 'Acme', cookies: [] }) as CookiePolicy;
    createCookieJar(untyped).set('anything', '1');
  });
});

describe('serializeCookie', () => {
  it('is typed like the jar', () => {
    expectTypeOf(serializeCookie(policy, 'sessionid', 'abc')).toEqualTypeOf<string>();
    serializeCookie(policy, '_ga_1', 'x');
    // @ts-expect-error: not declared
    serializeCookie(policy, 'session', 'abc');
  });
});
