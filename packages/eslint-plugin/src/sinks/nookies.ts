import { COOKIE_PACKAGE_UNITS, anyOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/** nookies: `setCookie(ctx, name, value, opts)` or `nookies.set(ctx, ...)`; the name is the second argument. */
export const nookies: SinkFamily = {
  id: 'nookies',
  description: 'nookies (`setCookie(ctx, name, value)`)',
  triggers: ['nookies'],
  sinks: [
    {
      kind: 'call',
      callee: anyOf([importedFrom('nookies', 'setCookie'), memberOf(importedFrom('nookies', 'default'), 'set')]),
      name: { argument: 1 },
      options: { argument: 3, units: COOKIE_PACKAGE_UNITS },
    },
  ],
};
