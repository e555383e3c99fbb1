import { requiresConsent, type CookieDeclaration, type CookiePolicy, type ResolvedCookie } from '@cookie-ledger/core';
import { createConsentState } from '../consent/createConsentState.js';
import type { AllowedName, ConsentChoice, CookieJar, CookieJarOptions } from '../types.js';
import { DEVICE_STORES, JAR_STORAGES } from './deviceStores.js';

/**
 * A cookie jar for app code, typed by the policy: `set`, `get` and `remove` take the declared
 * names only (exact names, and patterns as template literal types: `'_ga_*'` takes
 * `` `_ga_${string}` ``), so the call site never repeats where an item lives, how long it lives
 * or its attributes. A write that needs a consent the visitor has not given is not made
 * (see `options.withoutConsent`); setting a category to `false` in `jar.consent.update` removes
 * the cookies and storage keys of that category that are present, patterns included.
 *
 * @example
 * const jar = createCookieJar(policy);
 * jar.set('ods-catalog-view', 'grid'); // false until jar.consent.update({ preferences: true })
 */
export function createCookieJar<const D extends readonly CookieDeclaration[]>(
  policy: CookiePolicy<D>,
  options: CookieJarOptions = {},
): CookieJar<AllowedName<D[number]['name']>> {
  const queued = new Map<string, string>();

  const find = (name: string): ResolvedCookie => {
    for (const storage of JAR_STORAGES) {
      const declaration = policy.match(name, storage);
      if (declaration) return declaration;
    }
    throw new Error(`"${name}" is not declared in the cookie policy of ${policy.owner} as a cookie or a Web Storage key: declare it before writing it.`);
  };
  const isAllowed = (declaration: ResolvedCookie, choice: ConsentChoice) => !requiresConsent(declaration) || choice[declaration.category];
  const write = (declaration: ResolvedCookie, name: string, value: string) => DEVICE_STORES[declaration.storage as 'cookie'].write(declaration, name, value);

  const consent = createConsentState(options.consent, (choice) => {
    for (const storage of JAR_STORAGES) {
      const store = DEVICE_STORES[storage];
      for (const name of store.names()) {
        const declaration = policy.match(name, storage);
        if (declaration && !isAllowed(declaration, choice)) store.remove(declaration, name);
      }
    }
    for (const [name, value] of queued) {
      const declaration = find(name);
      if (isAllowed(declaration, choice)) {
        queued.delete(name);
        write(declaration, name, value);
      }
    }
  });

  return {
    set(name, value) {
      const declaration = find(name);
      if (isAllowed(declaration, consent.get())) {
        write(declaration, name, value);
        return true;
      }
      if (options.withoutConsent === 'throw') {
        throw new Error(`"${name}" needs the visitor's consent to "${declaration.category}", which has not been given: write it after jar.consent.get('${declaration.category}') is true.`);
      }
      if (options.withoutConsent === 'queue') queued.set(name, value);
      return false;
    },
    get: (name) => {
      const declaration = find(name);
      return DEVICE_STORES[declaration.storage as 'cookie'].read(name);
    },
    remove(name) {
      const declaration = find(name);
      queued.delete(name);
      DEVICE_STORES[declaration.storage as 'cookie'].remove(declaration, name);
    },
    consent,
  };
}
