import { anyOf, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const LOCAL_OR_SESSION = {
  argument: 2,
  optionKey: 'storage',
  choices: [
    { text: 'local', storage: 'localStorage' },
    { text: 'session', storage: 'sessionStorage' },
  ],
} as const;

/** svelte-persisted-store: `persisted(key, initial, { storage: 'local' | 'session' })` (and its deprecated alias `writable`). */
export const sveltePersistedStore: SinkFamily = {
  id: 'svelte-persisted-store',
  description: "svelte-persisted-store (`persisted(key, initial, { storage: 'session' })`, localStorage by default)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['svelte-persisted-store'],
  sinks: [
    {
      kind: 'call',
      callee: anyOf([importedFrom('svelte-persisted-store', 'persisted'), importedFrom('svelte-persisted-store', 'writable')]),
      name: { argument: 0 },
      storage: LOCAL_OR_SESSION,
    },
  ],
};

/**
 * runed (Svelte 5): `new PersistedState(key, initial, { storage: 'local' | 'session' })` stores
 * the initial value under `key` when the storage has none, and every value assigned later
 * (checked in runed 0.37.1).
 */
export const runedPersistedState: SinkFamily = {
  id: 'runed-persisted-state',
  description: "runed's `new PersistedState(key, initial, { storage: 'session' })` (localStorage by default)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['PersistedState'],
  sinks: [{ kind: 'call', callee: importedFrom('runed', 'PersistedState'), constructs: true, name: { argument: 0 }, storage: LOCAL_OR_SESSION }],
};
