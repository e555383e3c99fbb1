import { anyOf, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

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
      storage: {
        argument: 2,
        optionKey: 'storage',
        choices: [
          { text: 'local', storage: 'localStorage' },
          { text: 'session', storage: 'sessionStorage' },
        ],
      },
    },
  ],
};
