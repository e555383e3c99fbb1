import { anyOf, callOf, importedFrom, memberOf } from './shapes.js';
import type { KeyedByFactory, SinkFamily } from './types.js';

const createStorage = importedFrom('unstorage', 'createStorage');
const prefixStorage = importedFrom('unstorage', 'prefixStorage');
const instance = anyOf([callOf(createStorage), callOf(prefixStorage)]);

// Checked in unstorage 1.16.0: `createStorage` normalizes each key (`/` and `\` to `:`, trimmed),
// `prefixStorage(storage, base)` puts `base:` before it, and the browser drivers put their own
// `base:` first: localStorage and sessionStorage items, idb-keyval records (`keyval-store` by default).
const KEYED: KeyedByFactory = {
  wrappers: [{ callee: prefixStorage, instanceArgument: 0, prefixArgument: 1 }],
  root: { callee: createStorage, argument: 0, driverKey: 'driver' },
  drivers: [
    { callee: importedFrom('unstorage/drivers/localstorage', 'default'), storage: 'localStorage', baseKey: 'base' },
    { callee: importedFrom('unstorage/drivers/session-storage', 'default'), storage: 'sessionStorage', baseKey: 'base' },
    { callee: importedFrom('unstorage/drivers/indexedb', 'default'), storage: 'indexedDB', baseKey: 'base' },
  ],
  separator: ':',
};

/**
 * unstorage with a browser driver: `setItem(key)`, `setItemRaw(key)` and `setItems([{ key }])` on
 * a storage made by `createStorage({ driver: localStorageDriver({ base }) })` (also
 * `sessionStorageDriver`, `indexedDbDriver`) or by `prefixStorage(storage, base)` around one,
 * under the key with every base before it (`demo:documents:<id>`). Its default memory driver, and
 * server drivers, keep nothing in the browser. Drivers added with `storage.mount()` are not followed.
 */
export const unstorage: SinkFamily = {
  id: 'unstorage',
  description: "unstorage's browser drivers (`createStorage({ driver: localStorageDriver({ base }) })`, `prefixStorage(storage, base)`: `setItem(key)`, `setItems([{ key }])` under `base:key`)",
  storage: 'localStorage',
  noun: 'key',
  triggers: ['unstorage'],
  sinks: [
    { kind: 'call', callee: memberOf(instance, 'setItem'), name: { argument: 0 }, keyedByFactory: KEYED },
    { kind: 'call', callee: memberOf(instance, 'setItemRaw'), name: { argument: 0 }, keyedByFactory: KEYED },
    { kind: 'call', callee: memberOf(instance, 'setItems'), name: { argument: 0, itemKey: 'key' }, keyedByFactory: KEYED },
  ],
};
