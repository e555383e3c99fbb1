import { anyOf, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULE = 'matrix-js-sdk';
const indexedDBStore = importedFrom(MODULE, 'IndexedDBStore');

/**
 * matrix-js-sdk's stores: `new IndexedDBStore({ indexedDB, dbName })` opens the IndexedDB database
 * `matrix-js-sdk:<dbName>` (default `default`); given `localStorage` (it or `new MemoryStore`),
 * the sync filter ids are kept under `mxjssdk_memory_filter_<filter name>`;
 * `new IndexedDBCryptoStore(indexedDB, dbName)` opens `<dbName>` for the legacy crypto. The
 * pending events it keeps with `pendingEventOrdering: 'detached'` and the Rust crypto's databases
 * (`initRustCrypto`) are not modelled.
 */
export const matrixJsSdk: SinkFamily = {
  id: 'matrix-js-sdk',
  description: 'matrix-js-sdk (`new IndexedDBStore({ dbName, localStorage })`, `new IndexedDBCryptoStore(indexedDB, dbName)`)',
  storage: 'indexedDB',
  noun: 'database name',
  triggers: ['IndexedDBStore', 'IndexedDBCryptoStore', 'MemoryStore'],
  sinks: [
    { kind: 'config', callee: indexedDBStore, constructs: true, argument: 0, nameKeys: ['dbName'], namePrefix: 'matrix-js-sdk:', defaultName: 'default' },
    {
      kind: 'config',
      callee: anyOf([indexedDBStore, importedFrom(MODULE, 'MemoryStore')]),
      constructs: true,
      argument: 0,
      nameKeys: [],
      requiredKey: 'localStorage',
      defaultPattern: { prefix: 'mxjssdk_memory_filter_', suffix: '' },
      storage: { choices: [], default: 'localStorage' },
      noun: 'key',
    },
    { kind: 'call', callee: importedFrom(MODULE, 'IndexedDBCryptoStore'), constructs: true, name: { argument: 1 } },
  ],
};
