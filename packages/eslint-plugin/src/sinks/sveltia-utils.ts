import { importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const STORAGE_MODULE = '@sveltia/utils/storage';

/**
 * @sveltia/utils storage (checked in 0.12.1): `LocalStorage.set(key, value)` is
 * `localStorage.setItem(key, JSON.stringify(value))` (`undefined` removes, taken as a write).
 */
export const sveltiaLocalStorage: SinkFamily = {
  id: 'sveltia-utils-localstorage',
  description: '@sveltia/utils (`LocalStorage.set(key, value)`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: [STORAGE_MODULE],
  sinks: [{ kind: 'call', callee: memberOf(importedFrom(STORAGE_MODULE, 'LocalStorage'), 'set'), name: { argument: 0 } }],
};

/**
 * @sveltia/utils storage: `new IndexedDB(databaseName, storeName)` opens the database on its
 * first query, and creates it and the store by a version upgrade when they are missing.
 */
export const sveltiaIndexedDB: SinkFamily = {
  id: 'sveltia-utils-indexeddb',
  description: '@sveltia/utils (`new IndexedDB(databaseName, storeName)`)',
  storage: 'indexedDB',
  noun: 'database name',
  triggers: [STORAGE_MODULE],
  sinks: [{ kind: 'call', constructs: true, callee: importedFrom(STORAGE_MODULE, 'IndexedDB'), name: { argument: 0 } }],
};
