import { COOKIE_PACKAGE_UNITS, WEB_STORAGE_CHOICES, alwaysIn, anyOf, autoImported, callOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const CORE = '@vueuse/core';
const INTEGRATIONS = ['@vueuse/integrations/useCookies', '@vueuse/integrations'];

// Nuxt (with @vueuse/nuxt) auto-imports these two; it leaves out `useStorage`, which in Nuxt
// server code is Nitro's unrelated key-value storage.
const useLocalStorage = anyOf([importedFrom(CORE, 'useLocalStorage'), autoImported('useLocalStorage', 'nuxt')]);
const useSessionStorage = anyOf([importedFrom(CORE, 'useSessionStorage'), autoImported('useSessionStorage', 'nuxt')]);

// With `writeDefaults: false` the initial value is not stored: the key is written when the ref is assigned.
const NO_DEFAULTS = { key: 'writeDefaults', value: false } as const;

/**
 * VueUse's storage refs: `useLocalStorage(key, initial)`, `useSessionStorage(key, initial)`, and
 * `useStorage(key, initial, storage?)`, localStorage unless its third argument is
 * `sessionStorage` (another storage object is taken as localStorage: the key is written either way).
 * With `{ writeDefaults: false }`, a call whose `.value` is only read (through wrappers too) writes nothing.
 */
export const vueuseStorage: SinkFamily = {
  id: 'vueuse-storage',
  description: 'VueUse (`useLocalStorage(key)`, `useSessionStorage(key)`, `useStorage(key, v, storage)`; auto-imported in Nuxt and by unplugin-auto-import)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['vueuse', 'useLocalStorage', 'useSessionStorage', 'useStorage'],
  sinks: [
    { kind: 'call', callee: useLocalStorage, name: { argument: 0 }, writesOnAssignmentWhen: { argument: 2, ...NO_DEFAULTS }, writesOnAssignmentUnless: { argument: 1 } },
    { kind: 'call', callee: useSessionStorage, name: { argument: 0 }, storage: alwaysIn('sessionStorage'), writesOnAssignmentWhen: { argument: 2, ...NO_DEFAULTS }, writesOnAssignmentUnless: { argument: 1 } },
    { kind: 'call', callee: importedFrom(CORE, 'useStorage'), name: { argument: 0 }, storage: { argument: 2, choices: WEB_STORAGE_CHOICES }, writesOnAssignmentWhen: { argument: 3, ...NO_DEFAULTS }, writesOnAssignmentUnless: { argument: 1 } },
  ],
};

/**
 * VueUse's `useDark(options?)` and `useColorMode(options?)` keep the chosen scheme in localStorage
 * under `vueuse-color-scheme`, or `options.storageKey` (`null` keeps nothing), in
 * `options.storage` when it is sessionStorage. Nuxt auto-imports `useDark` with @vueuse/nuxt;
 * its auto-imported `useColorMode` is @nuxtjs/color-mode's (another family).
 */
export const vueuseColorMode: SinkFamily = {
  id: 'vueuse-color-mode',
  description: "VueUse's `useDark(options)` and `useColorMode(options)` (localStorage `vueuse-color-scheme` or `storageKey`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['useDark', 'useColorMode'],
  sinks: [anyOf([importedFrom(CORE, 'useDark'), autoImported('useDark', 'nuxt')]), importedFrom(CORE, 'useColorMode')].map((callee) => ({
    kind: 'config' as const,
    callee,
    argument: 0,
    nameKeys: ['storageKey'],
    defaultName: 'vueuse-color-scheme',
    storage: { optionKey: 'storage', choices: WEB_STORAGE_CHOICES },
  })),
};

const cookies = anyOf([callOf(importedFrom(INTEGRATIONS, 'useCookies')), callOf(callOf(importedFrom(INTEGRATIONS, 'createCookies')))]);

/** `@vueuse/integrations`' `useCookies()` (a universal-cookie instance): `cookies.set(name, value, { maxAge: seconds })`. */
export const vueuseCookies: SinkFamily = {
  id: 'vueuse-cookies',
  description: "`@vueuse/integrations`' `useCookies().set(name)` (universal-cookie)",
  browser: true,
  triggers: ['cookie'],
  sinks: [{ kind: 'call', callee: memberOf(cookies, 'set'), name: { argument: 0 }, options: { argument: 2, units: COOKIE_PACKAGE_UNITS } }],
};
