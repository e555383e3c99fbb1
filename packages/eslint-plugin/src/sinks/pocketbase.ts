import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const AUTH_KEY = 'pocketbase_auth';

/**
 * The PocketBase JS SDK (checked in 0.26.2): `new PocketBase(url)` without an auth store keeps the
 * session in a `LocalAuthStore`, the localStorage item `pocketbase_auth` (saved at each sign-in
 * and refresh); `new LocalAuthStore(key)` names it. In Node the store keeps it in memory.
 */
export const pocketbase: SinkFamily = {
  id: 'pocketbase',
  description: 'PocketBase JS SDK (`new PocketBase(url)`: localStorage `pocketbase_auth`; `new LocalAuthStore(key)`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['pocketbase'],
  sinks: [
    { kind: 'fixed', constructs: true, callee: importedFrom('pocketbase', 'default'), names: [AUTH_KEY], unlessArgument: 1 },
    { kind: 'call', constructs: true, callee: importedFrom('pocketbase', 'LocalAuthStore'), name: { argument: 0 } },
    { kind: 'fixed', constructs: true, callee: importedFrom('pocketbase', 'LocalAuthStore'), names: [AUTH_KEY], unlessArgument: 0 },
  ],
};
