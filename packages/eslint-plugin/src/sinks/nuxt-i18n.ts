import { anyOf, autoImported, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * @nuxtjs/i18n: configured under `i18n` in `nuxt.config`, its browser-language detection keeps
 * the chosen locale in the cookie `detectBrowserLanguage.cookieKey` (default `i18n_redirected`);
 * `detectBrowserLanguage: false` or `useCookie: false` keeps none. A config without `i18n` (the
 * module listed with its options in `modules`, or none) says nothing of the module.
 */
export const nuxtI18n: SinkFamily = {
  id: '@nuxtjs/i18n',
  description: '@nuxtjs/i18n (`i18n: { detectBrowserLanguage: { cookieKey } }` in nuxt.config, default `i18n_redirected`)',
  triggers: ['i18n'],
  sinks: [
    {
      kind: 'config',
      callee: anyOf([importedFrom('nuxt/config', 'defineNuxtConfig'), autoImported('defineNuxtConfig', 'nuxt')]),
      argument: 0,
      nestedKey: 'i18n',
      innerKey: 'detectBrowserLanguage',
      onlyWithNested: true,
      reportAtNested: true,
      nameKeys: ['cookieKey'],
      defaultName: 'i18n_redirected',
      offWhen: { key: 'useCookie', value: false },
    },
  ],
};
