import { COOKIE_PACKAGE_UNITS, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/** Hono: `setCookie(c, name, value, opts)` and `setSignedCookie(c, name, value, secret, opts)` from hono/cookie. */
export const hono: SinkFamily = {
  id: 'hono',
  description: 'Hono (`setCookie`, `setSignedCookie` from `hono/cookie`)',
  triggers: ['cookie'],
  sinks: [
    { kind: 'call', callee: importedFrom('hono/cookie', 'setCookie'), name: { argument: 1 }, options: { argument: 3, units: COOKIE_PACKAGE_UNITS } },
    {
      kind: 'call',
      callee: importedFrom('hono/cookie', 'setSignedCookie'),
      name: { argument: 1 },
      options: { argument: 4, units: COOKIE_PACKAGE_UNITS },
    },
  ],
};
