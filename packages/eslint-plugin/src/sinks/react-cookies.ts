import { COOKIE_PACKAGE_UNITS, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * react-cookies (react-cookie 1.0.4 renamed): `cookie.save(name, value, { path, expires, maxAge })`
 * on its default export. It serializes with the `cookie` package: `maxAge` counts seconds,
 * `expires` is a Date.
 */
export const reactCookies: SinkFamily = {
  id: 'react-cookies',
  description: 'react-cookies (`cookie.save(name, value, { maxAge })`)',
  browser: true,
  triggers: ['react-cookies'],
  sinks: [{ kind: 'call', callee: memberOf(importedFrom('react-cookies', 'default'), 'save'), name: { argument: 0 }, options: { argument: 2, units: COOKIE_PACKAGE_UNITS } }],
};
