import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * Workbox's service-worker plugins that keep their bookkeeping in IndexedDB: workbox-expiration
 * (`new ExpirationPlugin()`, `new CacheExpiration()`) in the database `workbox-expiration`,
 * workbox-background-sync (`new BackgroundSyncPlugin()`, `new Queue()`) in `workbox-background-sync`.
 */
export const workbox: SinkFamily = {
  id: 'workbox',
  description: 'Workbox (`ExpirationPlugin`, `BackgroundSyncPlugin`: IndexedDB `workbox-expiration`, `workbox-background-sync`)',
  storage: 'indexedDB',
  noun: 'database name',
  browser: true,
  triggers: ['workbox-expiration', 'workbox-background-sync'],
  sinks: [
    { kind: 'fixed', constructs: true, callee: importedFrom('workbox-expiration', 'ExpirationPlugin'), names: ['workbox-expiration'] },
    { kind: 'fixed', constructs: true, callee: importedFrom('workbox-expiration', 'CacheExpiration'), names: ['workbox-expiration'] },
    { kind: 'fixed', constructs: true, callee: importedFrom('workbox-background-sync', 'BackgroundSyncPlugin'), names: ['workbox-background-sync'] },
    { kind: 'fixed', constructs: true, callee: importedFrom('workbox-background-sync', 'Queue'), names: ['workbox-background-sync'] },
  ],
};
