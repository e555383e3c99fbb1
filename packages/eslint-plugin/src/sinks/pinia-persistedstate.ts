import { WEB_STORAGE_CHOICES, autoImported, callOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily, StorageChoice } from './types.js';

// The storages its Nuxt module auto-imports as `piniaPluginPersistedstate.cookies()`, ...
const nuxtStorages = autoImported('piniaPluginPersistedstate', 'nuxt');
const NUXT_CHOICES: readonly StorageChoice[] = [
  { value: callOf(memberOf(nuxtStorages, 'cookies')), storage: 'cookie' },
  { value: callOf(memberOf(nuxtStorages, 'localStorage')), storage: 'localStorage' },
  { value: callOf(memberOf(nuxtStorages, 'sessionStorage')), storage: 'sessionStorage' },
];

/**
 * pinia-plugin-persistedstate (v4): `defineStore('cart', { ..., persist: true })` (option stores)
 * or `defineStore('cart', () => {...}, { persist: true })` (setup stores) saves the state under
 * the store id, or under `persist: { key }`; an array of such objects saves each. localStorage
 * unless `storage: sessionStorage`; in a Nuxt project its module keeps stores in cookies by default.
 * The plugin's global `key` prefix and `auto: true` are set where the plugin is installed, which a
 * store's file does not show.
 */
export const piniaPersistedstate: SinkFamily = {
  id: 'pinia-plugin-persistedstate',
  description: "pinia-plugin-persistedstate (`defineStore(id, { persist })`, stored under the id or `persist.key`)",
  storage: 'localStorage',
  noun: 'key',
  // A store file in a project that auto-imports pinia names only `defineStore`.
  triggers: ['pinia', 'defineStore'],
  sinks: [
    {
      kind: 'persistOption',
      callee: importedFrom('pinia', 'defineStore'),
      arguments: [0, 1, 2],
      option: 'persist',
      nameKey: 'key',
      defaultNameArgument: 0,
      defaultNameKey: 'id',
      storage: { optionKey: 'storage', choices: [...WEB_STORAGE_CHOICES, ...NUXT_CHOICES], frameworkDefault: { framework: 'nuxt', storage: 'cookie' } },
    },
  ],
};
