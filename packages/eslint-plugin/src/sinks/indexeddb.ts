import { anyOf, globalValue, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * IndexedDB: `indexedDB.open(name)` creates the database; its name is what a declaration names.
 * An open with no version that handles no upgrade and stores no record in its function only
 * reopens the database another open created, to read, delete or clear (pairdrop's `get`).
 */
export const indexedDB: SinkFamily = {
  id: 'indexeddb',
  description: 'IndexedDB (`indexedDB.open(name)`)',
  storage: 'indexedDB',
  noun: 'database name',
  triggers: ['indexedDB'],
  sinks: [{ kind: 'call', callee: memberOf(globalValue('indexedDB'), 'open'), name: { argument: 0 }, reopens: { versionArgument: 1, recordMethods: ['put', 'add'] } }],
};

/** idb: `openDB(name, version, callbacks)`. */
export const idb: SinkFamily = {
  id: 'idb',
  description: 'idb (`openDB(name)`)',
  storage: 'indexedDB',
  noun: 'database name',
  triggers: ['openDB'],
  sinks: [{ kind: 'call', callee: importedFrom('idb', 'openDB'), name: { argument: 0 } }],
};

/** Dexie: `new Dexie(name)`, and `super(name)` in a class extending Dexie (`class AppDB extends Dexie`). */
export const dexie: SinkFamily = {
  id: 'dexie',
  description: 'Dexie (`new Dexie(name)`, `super(name)` in a subclass)',
  storage: 'indexedDB',
  noun: 'database name',
  triggers: ['dexie'],
  sinks: [{ kind: 'call', constructs: true, callee: anyOf([importedFrom('dexie', 'default'), importedFrom('dexie', 'Dexie')]), name: { argument: 0 } }],
};

/** y-indexeddb: `new IndexeddbPersistence(docName, ydoc)` keeps a Yjs document in a database named `docName`. */
export const yIndexeddb: SinkFamily = {
  id: 'y-indexeddb',
  description: 'y-indexeddb (`new IndexeddbPersistence(name, doc)`)',
  storage: 'indexedDB',
  noun: 'database name',
  triggers: ['IndexeddbPersistence'],
  sinks: [{ kind: 'call', constructs: true, callee: importedFrom('y-indexeddb', 'IndexeddbPersistence'), name: { argument: 0 } }],
};
