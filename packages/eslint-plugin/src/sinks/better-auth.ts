import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * better-auth: `betterAuth({ advanced: { cookiePrefix } })` sets its session cookies under
 * `<cookiePrefix>.session_token`, `.session_data` and `.dont_remember` (prefix `better-auth` by
 * default; with secure cookies the browser sees them behind `__Secure-`, which is not modelled).
 */
export const betterAuth: SinkFamily = {
  id: 'better-auth',
  description: 'better-auth (`betterAuth({ advanced: { cookiePrefix } })`, `better-auth.session_token` and its companions)',
  triggers: ['better-auth'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('better-auth', 'betterAuth'),
      argument: 0,
      nestedKey: 'advanced',
      nameKeys: ['cookiePrefix'],
      defaultName: 'better-auth',
      nameSuffixes: ['.session_token', '.session_data', '.dont_remember'],
    },
  ],
};

/** The better-auth client entry points that export `createAuthClient`. */
const BETTER_AUTH_CLIENTS = ['better-auth/client', 'better-auth/react', 'better-auth/vue', 'better-auth/svelte', 'better-auth/solid'];

/**
 * better-auth's client: `createAuthClient()` tells the app's other tabs of a session change
 * (sign-out, a refreshed session) by writing localStorage `better-auth.message`.
 */
export const betterAuthClient: SinkFamily = {
  id: 'better-auth-client',
  description: "better-auth's client (`createAuthClient()`, localStorage `better-auth.message`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['createAuthClient'],
  sinks: [{ kind: 'fixed', callee: importedFrom(BETTER_AUTH_CLIENTS, 'createAuthClient'), names: ['better-auth.message'] }],
};
