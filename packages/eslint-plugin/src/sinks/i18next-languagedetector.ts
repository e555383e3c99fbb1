import { anyOf, anyValue, callOf, callWith, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily, ValueSpec } from './types.js';

const DETECTOR = importedFrom('i18next-browser-languagedetector', 'default');

// `i18next.use(LanguageDetector)`, also among other plugins: `.use(a).use(LanguageDetector).use(b)`.
function useChains(levels: number): ValueSpec {
  const withDetector = callWith(memberOf(anyValue, 'use'), DETECTOR);
  let chain = withDetector;
  for (let level = 1; level < levels; level++) chain = anyOf([withDetector, callOf(memberOf(chain, 'use'))]);
  return chain;
}

/**
 * i18next-browser-languagedetector: caches the detected language in localStorage under
 * `lookupLocalStorage` (default `i18nextLng`), configured under `detection` in `i18next.init`
 * (with the detector among the instance's `.use(...)` plugins) or in the detector's own
 * `init(services, options)`. The detector's `caches` option is not read: the default,
 * `['localStorage']`, is assumed.
 */
export const i18nextLanguageDetector: SinkFamily = {
  id: 'i18next-browser-languagedetector',
  description: 'i18next-browser-languagedetector (`detection: { lookupLocalStorage }`, default `i18nextLng`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['i18next-browser-languagedetector'],
  sinks: [
    { kind: 'config', callee: memberOf(useChains(4), 'init'), argument: 0, nestedKey: 'detection', nameKeys: ['lookupLocalStorage'], defaultName: 'i18nextLng' },
    { kind: 'config', callee: memberOf(callOf(DETECTOR), 'init'), argument: 1, nameKeys: ['lookupLocalStorage'], defaultName: 'i18nextLng' },
  ],
};
