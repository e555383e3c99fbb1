import { WEB_STORAGE_CHOICES, alwaysIn, callOf, elementOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily, StorageChoice } from './types.js';

const MODULE = '@solid-primitives/storage';
const cookieStorage = importedFrom(MODULE, 'cookieStorage');
// Where a call may keep its values: the Web Storage globals, or the package's own cookie storage.
const CHOICES: readonly StorageChoice[] = [...WEB_STORAGE_CHOICES, { value: cookieStorage, storage: 'cookie' }];
// `createLocalStorage()` and its siblings return `[store, setStore, actions]`: `setStore(key, value)` writes.
const setterOf = (factory: string) => elementOf(callOf(importedFrom(MODULE, factory)), 1);

/**
 * @solid-primitives/storage (checked in 1.3.11 and 4.4.0): `makePersisted(signal, { name, storage })`
 * keeps the signal under `name` (default `storage-<unique id>`) in `storage` (default
 * localStorage); 1.x's `createStorageSignal(key, initial, { api })` writes `key` as soon as it is
 * made; `createLocalStorage()`, `createSessionStorage()` and `createCookieStorage()` return a
 * setter of keys; `cookieStorage.setItem(key, value)` sets a cookie. Their `prefix` option
 * (`<prefix>.<key>`) is not modelled.
 */
export const solidPrimitivesStorage: SinkFamily = {
  id: MODULE,
  description: '@solid-primitives/storage (`makePersisted(signal, { name, storage })`, `createStorageSignal(key)`, the setter of `createLocalStorage()`, `cookieStorage.setItem(name)`)',
  storage: 'localStorage',
  noun: 'key',
  triggers: [MODULE],
  sinks: [
    { kind: 'config', callee: importedFrom(MODULE, 'makePersisted'), argument: 1, nameKeys: ['name'], defaultPattern: { prefix: 'storage-', suffix: '' }, storage: { optionKey: 'storage', choices: CHOICES } },
    { kind: 'call', callee: importedFrom(MODULE, 'createStorageSignal'), name: { argument: 0 }, storage: { argument: 2, optionKey: 'api', choices: CHOICES } },
    { kind: 'call', callee: setterOf('createLocalStorage'), name: { argument: 0 } },
    { kind: 'call', callee: setterOf('createSessionStorage'), name: { argument: 0 }, storage: alwaysIn('sessionStorage') },
    { kind: 'call', callee: setterOf('createCookieStorage'), name: { argument: 0 }, storage: alwaysIn('cookie'), noun: 'name' },
    { kind: 'call', callee: memberOf(cookieStorage, 'setItem'), name: { argument: 0 }, storage: alwaysIn('cookie'), noun: 'name' },
  ],
};
