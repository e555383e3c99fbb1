import { anyOf, autoImported, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * @nuxtjs/color-mode: configured under `colorMode` in `nuxt.config`, it keeps the chosen mode
 * under `storageKey` (default `nuxt-color-mode`) in `storage`: `'localStorage'` (the default),
 * `'sessionStorage'` or `'cookie'`. A config without `colorMode` says nothing about the module.
 */
export const nuxtColorMode: SinkFamily = {
  id: '@nuxtjs/color-mode',
  description: "@nuxtjs/color-mode (`colorMode: { storageKey, storage }` in nuxt.config, default `nuxt-color-mode` in localStorage)",
  storage: 'localStorage',
  noun: 'key',
  triggers: ['colorMode'],
  sinks: [
    {
      kind: 'config',
      callee: anyOf([importedFrom('nuxt/config', 'defineNuxtConfig'), autoImported('defineNuxtConfig', 'nuxt')]),
      argument: 0,
      nestedKey: 'colorMode',
      onlyWithNested: true,
      reportAtNested: true,
      nameKeys: ['storageKey'],
      defaultName: 'nuxt-color-mode',
      storage: {
        optionKey: 'storage',
        choices: [
          { text: 'localStorage', storage: 'localStorage' },
          { text: 'sessionStorage', storage: 'sessionStorage' },
          { text: 'cookie', storage: 'cookie' },
        ],
      },
    },
  ],
};
