import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

// Serwist's service-worker entry, and the packages it split into before 9.
const SERWIST = ['serwist', '@serwist/sw', '@serwist/expiration', '@serwist/background-sync'];

/**
 * Workbox's service-worker plugins that keep their bookkeeping in IndexedDB: workbox-expiration
 * (`new ExpirationPlugin()`, `new CacheExpiration()`) in the database `workbox-expiration`,
 * workbox-background-sync (`new BackgroundSyncPlugin()`, `new Queue()`) in `workbox-background-sync`;
 * and its successor Serwist's (checked in serwist 9.3.0: `serwist-expiration`, `serwist-background-sync`).
 */
export const workbox: SinkFamily = {
  id: 'workbox',
  description: 'Workbox and Serwist (`ExpirationPlugin`, `BackgroundSyncPlugin`: IndexedDB `workbox-expiration`, `workbox-background-sync`, `serwist-expiration`, `serwist-background-sync`)',
  storage: 'indexedDB',
  noun: 'database name',
  browser: true,
  triggers: ['workbox-expiration', 'workbox-background-sync', 'serwist'],
  sinks: [
    { kind: 'fixed', constructs: true, callee: importedFrom('workbox-expiration', 'ExpirationPlugin'), names: ['workbox-expiration'] },
    { kind: 'fixed', constructs: true, callee: importedFrom('workbox-expiration', 'CacheExpiration'), names: ['workbox-expiration'] },
    { kind: 'fixed', constructs: true, callee: importedFrom('workbox-background-sync', 'BackgroundSyncPlugin'), names: ['workbox-background-sync'] },
    { kind: 'fixed', constructs: true, callee: importedFrom('workbox-background-sync', 'Queue'), names: ['workbox-background-sync'] },
    ...['ExpirationPlugin', 'CacheExpiration'].map((name) => ({ kind: 'fixed' as const, constructs: true, callee: importedFrom(SERWIST, name), names: ['serwist-expiration'] })),
    ...['BackgroundSyncPlugin', 'BackgroundSyncQueue'].map((name) => ({ kind: 'fixed' as const, constructs: true, callee: importedFrom(SERWIST, name), names: ['serwist-background-sync'] })),
  ],
};
