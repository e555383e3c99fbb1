import { alwaysIn, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * ahooks: `useLocalStorageState(key, { defaultValue })` and `useSessionStorageState(key)` keep
 * their state under `key`, written only by the setter they return (`const [value] = ...` only
 * reads: the default is never stored on mount).
 */
export const ahooks: SinkFamily = {
  id: 'ahooks',
  description: 'ahooks (`useLocalStorageState(key)`, `useSessionStorageState(key)`, through their setters)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['StorageState'],
  sinks: [
    { kind: 'call', callee: importedFrom('ahooks', 'useLocalStorageState'), name: { argument: 0 }, writesThroughElement: 1 },
    { kind: 'call', callee: importedFrom('ahooks', 'useSessionStorageState'), name: { argument: 0 }, writesThroughElement: 1, storage: alwaysIn('sessionStorage') },
  ],
};
