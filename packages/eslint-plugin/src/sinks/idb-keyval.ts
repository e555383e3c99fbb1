import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * idb-keyval writes keys: `set(key, value, store?)`, `update(key, updater)`, `setMany([[key,
 * value], ...])`, and VueUse's `useIDBKeyval(key, initial)` built on it; `createStore(databaseName,
 * storeName)` creates a database.
 */
export const idbKeyval: SinkFamily = {
  id: 'idb-keyval',
  description: 'idb-keyval (`set(key)`, `update(key)`, `setMany([[key, v]])`, `createStore(name)`; VueUse `useIDBKeyval(key)`)',
  storage: 'indexedDB',
  noun: 'key',
  triggers: ['idb-keyval', 'useIDBKeyval'],
  sinks: [
    { kind: 'call', callee: importedFrom('idb-keyval', 'set'), name: { argument: 0 } },
    { kind: 'call', callee: importedFrom('idb-keyval', 'update'), name: { argument: 0 } },
    { kind: 'call', callee: importedFrom('idb-keyval', 'setMany'), name: { argument: 0, pairs: true } },
    { kind: 'call', callee: importedFrom('idb-keyval', 'createStore'), name: { argument: 0 }, noun: 'database name' },
    { kind: 'call', callee: importedFrom(['@vueuse/integrations/useIDBKeyval', '@vueuse/integrations'], 'useIDBKeyval'), name: { argument: 0 } },
  ],
};
