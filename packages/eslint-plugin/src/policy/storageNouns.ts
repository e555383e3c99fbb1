import type { StorageKind } from '@cookie-ledger/core';

/** What a declared name is called in each storage kind, for messages. */
export const NAME_OF_STORAGE: Readonly<Record<StorageKind, string>> = {
  cookie: 'cookie',
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  indexedDB: 'IndexedDB name',
};
