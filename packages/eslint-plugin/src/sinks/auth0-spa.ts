import { importedFrom } from './shapes.js';
import type { ConfigSink, ElementSink, OptionIs, SinkFamily } from './types.js';

const SPA = '@auth0/auth0-spa-js';
// `createAuth0Client(options)`, `new Auth0Client(options)`; v1's default export named `client_id` and is not described.
const clientSinks = (sink: Omit<ConfigSink, 'kind' | 'callee' | 'argument' | 'constructs'>): ConfigSink[] => [
  { kind: 'config', callee: importedFrom(SPA, 'createAuth0Client'), argument: 0, ...sink },
  { kind: 'config', callee: importedFrom(SPA, 'Auth0Client'), constructs: true, argument: 0, ...sink },
];
// `<Auth0Provider>` of @auth0/auth0-react passes its props to `new Auth0Client(props)`.
const providerSink = (sink: Omit<ElementSink, 'kind' | 'component'>): ElementSink => ({ kind: 'element', component: importedFrom('@auth0/auth0-react', 'Auth0Provider'), ...sink });

const IS_AUTHENTICATED = { prefix: 'auth0.', suffix: '.is.authenticated' } as const;
const LEGACY = { prefix: `_legacy_${IS_AUTHENTICATED.prefix}`, suffix: IS_AUTHENTICATED.suffix } as const;
const NO_LEGACY: OptionIs = { key: 'legacySameSiteCookie', value: false };

/**
 * auth0-spa-js (v2) and auth0-react: after a login the client sets `auth0.<clientId>.is.authenticated`,
 * and its copy without SameSite `_legacy_auth0.<clientId>.is.authenticated` unless
 * `legacySameSiteCookie: false`.
 */
export const auth0Spa: SinkFamily = {
  id: 'auth0-spa-js',
  description: 'auth0-spa-js and auth0-react (`createAuth0Client({ clientId })`, `<Auth0Provider clientId>`: `auth0.<clientId>.is.authenticated` and its `_legacy_` copy)',
  browser: true,
  triggers: ['auth0'],
  sinks: [
    ...clientSinks({ nameKeys: ['clientId'], namePrefix: IS_AUTHENTICATED.prefix, nameSuffixes: [IS_AUTHENTICATED.suffix] }),
    ...clientSinks({ nameKeys: ['clientId'], namePrefix: LEGACY.prefix, nameSuffixes: [LEGACY.suffix], offWhen: { key: NO_LEGACY.key, value: false } }),
    providerSink({ nameProp: 'clientId', nameAround: IS_AUTHENTICATED, defaultPattern: IS_AUTHENTICATED }),
    providerSink({ nameProp: 'clientId', nameAround: LEGACY, defaultPattern: LEGACY, offWhen: NO_LEGACY }),
  ],
};

const CACHE_PATTERN = { prefix: '@@auth0spajs@@::', suffix: '' } as const;
const IN_LOCAL_STORAGE: OptionIs = { key: 'cacheLocation', value: 'localstorage' };

/**
 * auth0-spa-js and auth0-react with `cacheLocation: 'localstorage'` keep tokens and the user in
 * localStorage under `@@auth0spajs@@::<clientId>::...` (the default, `'memory'`, keeps nothing).
 */
export const auth0SpaCache: SinkFamily = {
  id: 'auth0-spa-js-cache',
  description: "auth0-spa-js and auth0-react with `cacheLocation: 'localstorage'` (localStorage `@@auth0spajs@@::<clientId>::...`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['auth0'],
  sinks: [
    ...clientSinks({ nameKeys: [], defaultPattern: CACHE_PATTERN, onlyWhen: IN_LOCAL_STORAGE }),
    providerSink({ defaultPattern: CACHE_PATTERN, onlyWhen: IN_LOCAL_STORAGE }),
  ],
};

