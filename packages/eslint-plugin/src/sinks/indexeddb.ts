import { anyOf, globalValue, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/** IndexedDB: `indexedDB.open(name)` creates the database; its name is what a declaration names. */
export const indexedDB: SinkFamily = {
  id: 'indexeddb',
  description: 'IndexedDB (`indexedDB.open(name)`)',
  storage: 'indexedDB',
  triggers: ['indexedDB'],
  sinks: [{ kind: 'call', callee: memberOf(globalValue('indexedDB'), 'open'), name: { argument: 0 } }],
};

/** idb: `openDB(name, version, callbacks)`. */
export const idb: SinkFamily = {
  id: 'idb',
  description: 'idb (`openDB(name)`)',
  storage: 'indexedDB',
  triggers: ['openDB'],
  sinks: [{ kind: 'call', callee: importedFrom('idb', 'openDB'), name: { argument: 0 } }],
};

/** Dexie: `new Dexie(name)`. */
export const dexie: SinkFamily = {
  id: 'dexie',
  description: 'Dexie (`new Dexie(name)`)',
  storage: 'indexedDB',
  triggers: ['dexie'],
  sinks: [{ kind: 'call', constructs: true, callee: anyOf([importedFrom('dexie', 'default'), importedFrom('dexie', 'Dexie')]), name: { argument: 0 } }],
};
