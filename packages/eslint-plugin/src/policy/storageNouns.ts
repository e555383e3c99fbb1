import type { StorageKind } from '@cookie-ledger/core';
import type { NameNoun } from '../sinks/types.js';
import { type CookieWrite, getWriteStorage } from '../writes/cookieWrite.js';

const STORAGE_LABELS: Readonly<Record<Exclude<StorageKind, 'cookie'>, string>> = {
  localStorage: 'localStorage',
  sessionStorage: 'sessionStorage',
  indexedDB: 'IndexedDB',
};

// Without a family's word: Web Storage writes keys; an IndexedDB wrapper may name a database or a key.
const DEFAULT_NOUNS: Readonly<Record<Exclude<StorageKind, 'cookie'>, NameNoun>> = {
  localStorage: 'key',
  sessionStorage: 'key',
  indexedDB: 'name',
};

/**
 * What the name a write uses is called in messages: `cookie`, `localStorage key`, `IndexedDB
 * database name` (`indexedDB.open`, Dexie), `IndexedDB key` (idb-keyval's `set`), from the
 * write's storage and its sink's or family's noun.
 */
export function describeWrittenName(write: CookieWrite): string {
  const storage = getWriteStorage(write);
  if (storage === 'cookie') return 'cookie';
  return `${STORAGE_LABELS[storage]} ${write.noun ?? write.family.noun ?? DEFAULT_NOUNS[storage]}`;
}

/** What the name itself is called: `cookie name`, `localStorage key`, `IndexedDB database name`. */
export function describeNameWritten(write: CookieWrite): string {
  return getWriteStorage(write) === 'cookie' ? 'cookie name' : describeWrittenName(write);
}

/** `A` or `An`, as the description that follows begins (`An IndexedDB key`, `A localStorage key`). */
export function getIndefiniteArticle(description: string): 'A' | 'An' {
  return /^[aeiou]/i.test(description) ? 'An' : 'A';
}
