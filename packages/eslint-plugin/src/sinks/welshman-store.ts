import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULE = '@welshman/store';
const STORAGE = { optionKey: 'storage', choices: [{ value: importedFrom(MODULE, 'localStorageProvider'), storage: 'localStorage' as const }] };

/**
 * @welshman/store (0.8, checked in its repository's packages/store): `synced({ key, storage,
 * defaultValue })` makes a store kept under `key` and writes its default at once; `sync({ key,
 * store, storage })` keeps an existing store there. With `localStorageProvider` the key is a
 * localStorage item (`localStorage.setItem(key, JSON.stringify(value))`).
 */
export const welshmanStore: SinkFamily = {
  id: MODULE,
  description: '@welshman/store (`synced({ key, storage: localStorageProvider })`, `sync({ key, store, storage })`)',
  storage: 'localStorage',
  noun: 'key',
  triggers: [MODULE],
  sinks: ['synced', 'sync'].map((name) => ({ kind: 'config' as const, callee: importedFrom(MODULE, name), argument: 0, nameKeys: ['key'], storage: STORAGE })),
};
