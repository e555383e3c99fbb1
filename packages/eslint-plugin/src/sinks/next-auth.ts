import { importedFrom } from './shapes.js';
import type { ConfigSink, SinkFamily } from './types.js';

// Over HTTPS the cookies carry the `__Secure-` prefix (`__Host-` for the CSRF token); over HTTP
// in development they do not: both are written by the same code.
const cookieNames = (prefix: string, name: string, secure = '__Secure-'): readonly string[] => [`${prefix}.${name}`, `${secure}${prefix}.${name}`];

/** `NextAuth(options)`, `NextAuth(req, res, options)` in the pages router: the cookies of `options.cookies`, else the defaults. */
const nextAuthCall = (prefix: string, modules: readonly string[]): ConfigSink => ({
  kind: 'config',
  callee: importedFrom(modules, 'default'),
  argument: 0,
  argumentByArity: { 3: 2 },
  // next-auth 4 names it NextAuthOptions (AuthOptions is its alias); Auth.js 5 NextAuthConfig.
  optionsType: { kind: 'typed', module: 'next-auth', names: ['NextAuthOptions', 'AuthOptions', 'NextAuthConfig'] },
  nameKeys: [],
  namedCookies: {
    key: 'cookies',
    always: {
      sessionToken: cookieNames(prefix, 'session-token'),
      callbackUrl: cookieNames(prefix, 'callback-url'),
      csrfToken: cookieNames(prefix, 'csrf-token', '__Host-'),
    },
    optional: ['pkceCodeVerifier', 'state', 'nonce', 'webauthnChallenge'],
  },
});

/**
 * next-auth 4: `NextAuth(options)` sets `next-auth.session-token`, `next-auth.callback-url` and
 * `next-auth.csrf-token` (with their `__Secure-` / `__Host-` forms over HTTPS), or the names its
 * `cookies` option gives; `<SessionProvider>` keeps `nextauth.message` in localStorage to tell
 * other tabs of a sign-in or sign-out.
 */
export const nextAuth4: SinkFamily = {
  id: 'next-auth',
  description: 'next-auth 4 (`NextAuth(options)`: `next-auth.session-token`, `.callback-url`, `.csrf-token` or `cookies.<key>.name`; `<SessionProvider>`: localStorage `nextauth.message`)',
  triggers: ['next-auth'],
  versions: { package: 'next-auth', majors: [4], assumed: true },
  // next-auth 4 also exports NextAuth from `next-auth/next`.
  sinks: [nextAuthCall('next-auth', ['next-auth', 'next-auth/next'])],
};

/** The localStorage half of next-auth 4, in its own family because the storage differs. */
export const nextAuth4Client: SinkFamily = {
  id: 'next-auth-client',
  description: "next-auth 4's `<SessionProvider>` (localStorage `nextauth.message`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['next-auth'],
  versions: { package: 'next-auth', majors: [4], assumed: true },
  sinks: [{ kind: 'element', component: importedFrom('next-auth/react', 'SessionProvider'), defaultName: 'nextauth.message' }],
};

/** next-auth 5 (Auth.js): `NextAuth(config)` sets `authjs.session-token`, `authjs.callback-url` and `authjs.csrf-token`, or the names of `cookies`. */
export const nextAuth5: SinkFamily = {
  id: 'next-auth-5',
  description: 'next-auth 5 / Auth.js (`NextAuth(config)`: `authjs.session-token`, `.callback-url`, `.csrf-token` or `cookies.<key>.name`)',
  triggers: ['next-auth'],
  versions: { package: 'next-auth', majors: [5] },
  sinks: [nextAuthCall('authjs', ['next-auth'])],
};
