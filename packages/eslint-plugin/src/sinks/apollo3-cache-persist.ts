import { callWith, globalValue, importedFrom } from './shapes.js';
import type { ConfigSink, SinkFamily, StorageChoice } from './types.js';

const MODULE = 'apollo3-cache-persist';
const WRAPPERS = ['LocalStorageWrapper', 'SessionStorageWrapper'].map((name) => importedFrom(MODULE, name));

// The wrappers only adapt the storage they are given: `new LocalStorageWrapper(window.sessionStorage)`
// writes to sessionStorage. Other wrappers (AsyncStorage, localforage, Ionic) are taken as localStorage.
const CHOICES: readonly StorageChoice[] = WRAPPERS.flatMap((wrapper) => [
  { value: callWith(wrapper, globalValue('localStorage')), storage: 'localStorage' },
  { value: callWith(wrapper, globalValue('sessionStorage')), storage: 'sessionStorage' },
]);

const persistor = (config: Pick<ConfigSink, 'callee' | 'constructs'>): ConfigSink => ({
  kind: 'config',
  ...config,
  argument: 0,
  nameKeys: ['key'],
  defaultName: 'apollo-cache-persist',
  storage: { optionKey: 'storage', choices: CHOICES },
});

/**
 * apollo3-cache-persist: `persistCache({ cache, storage, key })`, `persistCacheSync(...)` and
 * `new CachePersistor(...)` keep the Apollo cache under `key` (default `apollo-cache-persist`) in
 * the storage the `storage` wrapper adapts (required: the library throws without one).
 */
export const apollo3CachePersist: SinkFamily = {
  id: 'apollo3-cache-persist',
  description: 'apollo3-cache-persist (`persistCache({ cache, storage, key })`, `new CachePersistor(...)`: `apollo-cache-persist` in the wrapped storage)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['apollo3-cache-persist'],
  sinks: [
    persistor({ callee: importedFrom(MODULE, 'persistCache') }),
    persistor({ callee: importedFrom(MODULE, 'persistCacheSync') }),
    persistor({ callee: importedFrom(MODULE, 'CachePersistor'), constructs: true }),
  ],
};
