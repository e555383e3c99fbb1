import { anyOf, importedFrom, memberOf } from './shapes.js';
import type { ConfigSink, SinkFamily, StorageChoice } from './types.js';

const MSAL = '@azure/msal-browser';
const LOCATION = importedFrom(MSAL, 'BrowserCacheLocation');

// `new PublicClientApplication(config)`, `createStandardPublicClientApplication(config)`, `createNestablePublicClientApplication(config)`.
const clientSinks = (sink: Omit<ConfigSink, 'kind' | 'callee' | 'argument' | 'constructs' | 'nestedKey'>): ConfigSink[] => [
  { kind: 'config', callee: importedFrom(MSAL, 'PublicClientApplication'), constructs: true, argument: 0, nestedKey: 'cache', ...sink },
  { kind: 'config', callee: anyOf([importedFrom(MSAL, 'createStandardPublicClientApplication'), importedFrom(MSAL, 'createNestablePublicClientApplication')]), argument: 0, nestedKey: 'cache', ...sink },
];

const LOCATIONS: readonly StorageChoice[] = [
  { text: 'localStorage', storage: 'localStorage' },
  { text: 'sessionStorage', storage: 'sessionStorage' },
  { value: memberOf(LOCATION, 'LocalStorage'), storage: 'localStorage' },
  { value: memberOf(LOCATION, 'SessionStorage'), storage: 'sessionStorage' },
];

/**
 * MSAL.js (@azure/msal-browser 5): a `PublicClientApplication` keeps accounts and tokens under
 * keys starting `msal.` in sessionStorage, or in `cache.cacheLocation`: `'localStorage'`
 * (also as `BrowserCacheLocation.LocalStorage`), `'sessionStorage'`; `'memoryStorage'` keeps none.
 */
export const msalBrowser: SinkFamily = {
  id: '@azure/msal-browser',
  description: "MSAL.js (`new PublicClientApplication({ cache: { cacheLocation } })`: sessionStorage `msal.*`)",
  storage: 'sessionStorage',
  noun: 'key',
  browser: true,
  triggers: ['msal-browser'],
  sinks: clientSinks({ nameKeys: [], defaultPattern: { prefix: 'msal.', suffix: '' }, storage: { optionKey: 'cacheLocation', choices: LOCATIONS, none: ['memoryStorage'] } }),
};

/** MSAL.js with `cacheLocation: 'localStorage'` encrypts that cache with a key it keeps in the session cookie `msal.cache.encryption`. */
export const msalBrowserEncryption: SinkFamily = {
  id: '@azure/msal-browser-encryption',
  description: "MSAL.js with `cacheLocation: 'localStorage'` (the cookie `msal.cache.encryption`)",
  browser: true,
  triggers: ['msal-browser'],
  sinks: clientSinks({ nameKeys: [], defaultName: 'msal.cache.encryption', onlyWhen: { key: 'cacheLocation', value: 'localStorage' } }),
};
