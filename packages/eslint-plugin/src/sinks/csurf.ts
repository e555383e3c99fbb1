import { COOKIE_PACKAGE_UNITS, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * csurf: `csrf({ cookie: true })` keeps the token secret in the cookie `_csrf`, or
 * `cookie.key`, with `path: '/'` by default; without `cookie` the secret stays in the session.
 */
export const csurf: SinkFamily = {
  id: 'csurf',
  description: 'csurf (`csrf({ cookie: true })`, `csrf({ cookie: { key } })`, default `_csrf`)',
  triggers: ['csurf'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('csurf', 'default'),
      argument: 0,
      nestedKey: 'cookie',
      onlyWithNested: true,
      nameKeys: ['key'],
      defaultName: '_csrf',
      options: { nestedKey: 'cookie', units: COOKIE_PACKAGE_UNITS, defaults: { path: '/' } },
    },
  ],
};
