import { WEB_STORAGE_CHOICES, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * vuex-persistedstate (v4): the plugin `createPersistedState({ key, storage })` saves the Vuex
 * state under `key` (default `vuex`) in `storage` (default localStorage; a custom storage object
 * is taken as localStorage, its own writes being reported where it makes them).
 */
export const vuexPersistedstate: SinkFamily = {
  id: 'vuex-persistedstate',
  description: 'vuex-persistedstate (`createPersistedState({ key, storage })`, localStorage `vuex` by default)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['vuex-persistedstate'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('vuex-persistedstate', 'default'),
      argument: 0,
      nameKeys: ['key'],
      defaultName: 'vuex',
      storage: { optionKey: 'storage', choices: WEB_STORAGE_CHOICES },
    },
  ],
};
