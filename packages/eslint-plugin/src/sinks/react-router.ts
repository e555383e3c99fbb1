import { COOKIE_PACKAGE_UNITS, anyOf, callOf, importedFrom, memberOf } from './shapes.js';
import type { FactorySpec, SinkFamily } from './types.js';

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

const createCookie: FactorySpec = { callee: importedFrom(MODULES, 'createCookie'), name: { argument: 0 }, options: { argument: 1, units: COOKIE_PACKAGE_UNITS } };

/**
 * React Router and Remix. `createCookie(name, options)` only makes a cookie object, and is not a
 * write by itself: the cookie is written where the object's `serialize(value)` builds the
 * `Set-Cookie` header (reported at that call, with the name and options given to
 * `createCookie`, in this file or an imported project file), or by a session storage. A session
 * storage's cookie is named by its `cookie.name` (default `__session`), or by the `createCookie`
 * object passed as `cookie` (reported there).
 */
export const reactRouter: SinkFamily = {
  id: 'react-router',
  description: 'React Router and Remix (`createCookie(name).serialize()`, session storages, default `__session`)',
  triggers: ['cookie', 'SessionStorage'],
  sinks: [
    { kind: 'call', callee: memberOf(callOf(createCookie.callee), 'serialize'), name: createCookie.name, options: createCookie.options, namedByFactory: { ownOptionsArgument: 1 } },
    {
      kind: 'config',
      callee: anyOf(sessionStorages.map((name) => importedFrom(MODULES, name))),
      argument: 0,
      nestedKey: 'cookie',
      nestedFactory: createCookie,
      nameKeys: ['name'],
      defaultName: '__session',
      options: { nestedKey: 'cookie', units: COOKIE_PACKAGE_UNITS },
    },
  ],
};
