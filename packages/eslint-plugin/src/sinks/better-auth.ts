import { COOKIE_PACKAGE_UNITS, anyOf, importedFrom, memberOf, paramOf } from './shapes.js';
import type { SinkFamily } from './types.js';

// The context of a better-auth hook or endpoint (`createAuthMiddleware(async (ctx) => ...)`), whose `setCookie` sets one.
const AUTH_API = ['better-auth/api', 'better-auth/plugins'];
const authContext = anyOf([paramOf(importedFrom(AUTH_API, 'createAuthMiddleware'), 0), paramOf(importedFrom(AUTH_API, 'createAuthEndpoint'), 0)]);

/**
 * better-auth: `betterAuth({ advanced: { cookiePrefix } })` sets its session cookies under
 * `<cookiePrefix>.session_token`, `.session_data` and `.dont_remember` (prefix `better-auth` by
 * default; with secure cookies the browser sees them behind `__Secure-`, which is not modelled).
 * A hook's or endpoint's `ctx.setCookie(name, value, options)` sets the app's own cookies.
 */
export const betterAuth: SinkFamily = {
  id: 'better-auth',
  description: 'better-auth (`betterAuth({ advanced: { cookiePrefix } })`, `better-auth.session_token` and its companions; `ctx.setCookie(name)` in `createAuthMiddleware` and `createAuthEndpoint`)',
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
    { kind: 'call', callee: memberOf(authContext, 'setCookie'), name: { argument: 0 }, options: { argument: 2, units: COOKIE_PACKAGE_UNITS } },
  ],
};

/** The better-auth client entry points that export `createAuthClient`. */
const BETTER_AUTH_CLIENTS = ['better-auth/client', 'better-auth/react', 'better-auth/vue', 'better-auth/svelte', 'better-auth/solid'];

/**
 * better-auth's client: `createAuthClient()` tells the app's other tabs of a session change
 * (sign-out, a refreshed session) by writing localStorage `better-auth.message`, from 1.4 on
 * (checked: 1.2.7 to 1.3.27 have no such write, 1.4.0 and 1.5.0 do). A project that lists no
 * readable version is taken to use a current one.
 */
export const betterAuthClient: SinkFamily = {
  id: 'better-auth-client',
  description: "better-auth's client (`createAuthClient()`, localStorage `better-auth.message`, from 1.4)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  versions: { package: 'better-auth', since: [1, 4], assumed: true },
  triggers: ['createAuthClient'],
  sinks: [{ kind: 'fixed', callee: importedFrom(BETTER_AUTH_CLIENTS, 'createAuthClient'), names: ['better-auth.message'] }],
};
