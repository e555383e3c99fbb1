import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/** idb-keyval: `set(key, value, store?)`, and `createStore(databaseName, storeName)` which creates a database. */
export const idbKeyval: SinkFamily = {
  id: 'idb-keyval',
  description: 'idb-keyval (`set(key)`, `createStore(name)`)',
  storage: 'indexedDB',
  triggers: ['idb-keyval'],
  sinks: [
    { kind: 'call', callee: importedFrom('idb-keyval', 'set'), name: { argument: 0 } },
    { kind: 'call', callee: importedFrom('idb-keyval', 'createStore'), name: { argument: 0 } },
  ],
};
