import { COOKIE_PACKAGE_UNITS, anyOf, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULES = [
  'react-router',
  '@react-router/node',
  '@react-router/cloudflare',
  '@remix-run/node',
  '@remix-run/cloudflare',
  '@remix-run/deno',
  '@remix-run/server-runtime',
];
const sessionStorages = ['createCookieSessionStorage', 'createSessionStorage', 'createMemorySessionStorage', 'createFileSessionStorage'];

/**
 * React Router and Remix: the name is bound by `createCookie(name, opts)` (the later
 * `cookie.serialize()` only builds the header), or by a session storage's `cookie.name`
 * (default `__session`).
 */
export const reactRouter: SinkFamily = {
  id: 'react-router',
  description: 'React Router and Remix (`createCookie`, session storages, default `__session`)',
  triggers: ['cookie', 'SessionStorage'],
  sinks: [
    { kind: 'call', callee: importedFrom(MODULES, 'createCookie'), name: { argument: 0 }, options: { argument: 1, units: COOKIE_PACKAGE_UNITS } },
    {
      kind: 'config',
      callee: anyOf(sessionStorages.map((name) => importedFrom(MODULES, name))),
      argument: 0,
      nestedKey: 'cookie',
      nameKeys: ['name'],
      defaultName: '__session',
      options: { nestedKey: 'cookie', units: COOKIE_PACKAGE_UNITS },
    },
  ],
};
