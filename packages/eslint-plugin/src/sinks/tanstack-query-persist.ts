import { WEB_STORAGE_CHOICES, anyOf, importedFrom } from './shapes.js';
import type { SinkFamily, StorageSwitch } from './types.js';

// The persisters take the storage as an option and have none of their own: Web Storage is told
// apart, any other storage object (AsyncStorage, an idb-keyval adapter) is taken as localStorage.
const STORAGE: StorageSwitch = { optionKey: 'storage', choices: WEB_STORAGE_CHOICES };

/**
 * TanStack Query's persisters (v5): `createSyncStoragePersister({ storage, key })` and
 * `createAsyncStoragePersister({ storage, key })` keep the whole query cache under `key`
 * (default `REACT_QUERY_OFFLINE_CACHE`); `experimental_createQueryPersister({ storage, prefix })`
 * keeps one entry per query under `<prefix>-<queryHash>` (default prefix `tanstack-query`).
 * Each stores nothing without `storage`.
 */
export const tanstackQueryPersist: SinkFamily = {
  id: 'tanstack-query-persist',
  description: 'TanStack Query persisters (`createSyncStoragePersister({ storage, key })`, `createAsyncStoragePersister`: `REACT_QUERY_OFFLINE_CACHE`; `experimental_createQueryPersister({ prefix })`: `tanstack-query-<queryHash>`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@tanstack/'],
  sinks: [
    {
      kind: 'config',
      callee: anyOf([
        importedFrom('@tanstack/query-sync-storage-persister', 'createSyncStoragePersister'),
        importedFrom('@tanstack/query-async-storage-persister', 'createAsyncStoragePersister'),
      ]),
      argument: 0,
      nameKeys: ['key'],
      defaultName: 'REACT_QUERY_OFFLINE_CACHE',
      requiredKey: 'storage',
      storage: STORAGE,
    },
    // @tanstack/react-query-persist-client re-exports the core's API.
    {
      kind: 'config',
      callee: importedFrom(['@tanstack/query-persist-client-core', '@tanstack/react-query-persist-client'], 'experimental_createQueryPersister'),
      argument: 0,
      nameKeys: ['prefix'],
      defaultName: 'tanstack-query',
      nameTail: '-',
      requiredKey: 'storage',
      storage: STORAGE,
    },
  ],
};
