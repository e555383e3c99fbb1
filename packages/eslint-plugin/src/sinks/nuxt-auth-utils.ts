import { COOKIE_PACKAGE_UNITS, anyOf, autoImported, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULE = 'nuxt-auth-utils';
const WRITERS = ['setUserSession', 'replaceUserSession'];

/**
 * nuxt-auth-utils: `setUserSession(event, data, config)` and `replaceUserSession` (auto-imported in
 * the server of a project listing the module) seal the session into h3's session cookie, named by
 * `config.name`, else `nuxt-session`, with `sameSite: 'lax'` over h3's `httpOnly`, `secure` and
 * `path: '/'`. A `runtimeConfig.session.name` in nuxt.config is not read.
 */
export const nuxtAuthUtils: SinkFamily = {
  id: 'nuxt-auth-utils',
  description: 'nuxt-auth-utils (`setUserSession(event, data)`, `replaceUserSession`: `nuxt-session`)',
  triggers: ['UserSession'],
  sinks: [
    {
      kind: 'config',
      callee: anyOf(WRITERS.flatMap((name) => [autoImported(name, MODULE), importedFrom('#imports', name)])),
      argument: 2,
      nameKeys: ['name'],
      defaultName: 'nuxt-session',
      options: { nestedKey: 'cookie', units: COOKIE_PACKAGE_UNITS, defaults: { httpOnly: true, secure: true, sameSite: 'lax', path: '/' } },
    },
  ],
};
