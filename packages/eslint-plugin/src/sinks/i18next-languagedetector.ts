import { alwaysIn, anyOf, anyValue, callOf, callWith, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily, ValueSpec } from './types.js';

const DETECTOR = importedFrom('i18next-browser-languagedetector', 'default');

// `i18next.use(LanguageDetector)`, also among other plugins: `.use(a).use(LanguageDetector).use(b)`,
// and with an instance (`const detector = new LanguageDetector(); detector.addDetector(...)`).
function useChains(levels: number): ValueSpec {
  const withDetector = callWith(memberOf(anyValue, 'use'), anyOf([DETECTOR, callOf(DETECTOR)]));
  let chain = withDetector;
  for (let level = 1; level < levels; level++) chain = anyOf([withDetector, callOf(memberOf(chain, 'use'))]);
  return chain;
}

// Each place the detector caches the language, with the option naming it and its default.
const CACHES = [
  { cache: 'localStorage', nameKey: 'lookupLocalStorage', defaultName: 'i18nextLng' },
  { cache: 'sessionStorage', nameKey: 'lookupSessionStorage', defaultName: 'i18nextLng' },
  { cache: 'cookie', nameKey: 'lookupCookie', defaultName: 'i18next' },
] as const;

// Configured under `detection` in `i18next.init`, or in the detector's own `init(services, options)`.
const CONFIGURING = [
  { callee: memberOf(useChains(4), 'init'), argument: 0, nestedKey: 'detection' },
  { callee: memberOf(callOf(DETECTOR), 'init'), argument: 1 },
] as const;

/**
 * i18next-browser-languagedetector: caches the detected language where its `caches` option says,
 * `['localStorage']` by default: in localStorage under `lookupLocalStorage` (default `i18nextLng`),
 * in sessionStorage under `lookupSessionStorage` (default `i18nextLng`) and in a cookie named
 * `lookupCookie` (default `i18next`) when `caches` lists them. `caches: []` caches nothing.
 */
export const i18nextLanguageDetector: SinkFamily = {
  id: 'i18next-browser-languagedetector',
  description: 'i18next-browser-languagedetector (`detection: { caches, lookupLocalStorage, lookupCookie }`, default `i18nextLng` in localStorage)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['i18next-browser-languagedetector'],
  sinks: CONFIGURING.flatMap((configuring) =>
    CACHES.map(({ cache, nameKey, defaultName }) => ({
      kind: 'config' as const,
      ...configuring,
      nameKeys: [nameKey],
      defaultName,
      ...(cache === 'localStorage' ? { offUnlessListed: { key: 'caches', value: cache } } : { onlyWhenListed: { key: 'caches', value: cache }, storage: alwaysIn(cache) }),
      ...(cache === 'cookie' ? { noun: 'name' as const } : {}),
    })),
  ),
};
