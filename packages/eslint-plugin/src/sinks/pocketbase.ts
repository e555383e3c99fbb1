import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const AUTH_KEY = 'pocketbase_auth';
// What saves a session into the auth store: a client that never signs in keeps nothing.
const AUTH_METHODS = ['authWithPassword', 'authWithOAuth2', 'authWithOAuth2Code', 'authWithOTP', 'authRefresh', 'save', 'loadFromCookie', 'impersonate'];

/**
 * The PocketBase JS SDK (checked in 0.26.2): `new PocketBase(url)` without an auth store keeps the
 * session in a `LocalAuthStore`, the localStorage item `pocketbase_auth` (saved at each sign-in
 * and refresh); `new LocalAuthStore(key)` names it. In Node the store keeps it in memory. A client
 * made in a function that never signs in with it there (pocketbase's own confirm pages) stores nothing.
 */
export const pocketbase: SinkFamily = {
  id: 'pocketbase',
  description: 'PocketBase JS SDK (`new PocketBase(url)`: localStorage `pocketbase_auth`; `new LocalAuthStore(key)`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['pocketbase'],
  sinks: [
    { kind: 'fixed', constructs: true, callee: importedFrom('pocketbase', 'default'), names: [AUTH_KEY], unlessArgument: 1, storesOnceCalled: AUTH_METHODS },
    { kind: 'call', constructs: true, callee: importedFrom('pocketbase', 'LocalAuthStore'), name: { argument: 0 } },
    { kind: 'fixed', constructs: true, callee: importedFrom('pocketbase', 'LocalAuthStore'), names: [AUTH_KEY], unlessArgument: 0 },
  ],
};
