import { WEB_STORAGE_CHOICES, importedFrom } from './shapes.js';
import type { ConfigSink, SinkFamily } from './types.js';

// The scopes the Transloco packages were published under: @jsverse now, @ngneat before.
const scoped = (name: string, exported: string) => importedFrom([`@jsverse/${name}`, `@ngneat/${name}`], exported);
// `storage: { useValue: localStorage }`, Angular's provider form.
const STORAGE = { optionKey: 'storage', valueKey: 'useValue', choices: WEB_STORAGE_CHOICES } as const;

const persistLang: ConfigSink = {
  kind: 'config',
  callee: scoped('transloco-persist-lang', 'provideTranslocoPersistLang'),
  argument: 0,
  nameKeys: ['storageKey'],
  defaultName: 'translocoLang',
  storage: STORAGE,
};

const persistTranslations: ConfigSink = {
  kind: 'config',
  callee: scoped('transloco-persist-translations', 'provideTranslocoPersistTranslations'),
  argument: 0,
  nameKeys: ['storageKey'],
  defaultName: '@transloco/translations',
  nameSuffixes: ['', '/timestamp'],
  storage: STORAGE,
};

/**
 * Transloco (Angular i18n): `provideTranslocoPersistLang({ storage })` keeps the active language
 * under `storageKey` (default `translocoLang`); `provideTranslocoPersistTranslations({ loader, storage })`
 * caches the loaded translations under `storageKey` (default `@transloco/translations`) and its
 * `/timestamp`. Both write into the storage given as `{ useValue: localStorage }` (or sessionStorage).
 */
export const transloco: SinkFamily = {
  id: 'transloco',
  description: 'Transloco (`provideTranslocoPersistLang({ storage })`: `translocoLang`; `provideTranslocoPersistTranslations({ storage })`: `@transloco/translations` and its `/timestamp`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['transloco-persist'],
  sinks: [persistLang, persistTranslations],
};
