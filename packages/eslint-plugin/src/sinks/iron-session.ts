import { COOKIE_PACKAGE_UNITS, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * iron-session (8, 9): `getIronSession(cookieStore, options)` or `getIronSession(req, res,
 * options)` makes a session whose `save()` seals it into the cookie `options.cookieName` (required,
 * no default), with `cookieOptions` over its defaults `httpOnly`, `secure`, `sameSite: 'lax'`,
 * `path: '/'`. `sealData` only seals a value and writes nothing.
 */
export const ironSession: SinkFamily = {
  id: 'iron-session',
  description: 'iron-session (`getIronSession(cookies, { cookieName })`, `getIronSession(req, res, { cookieName })`)',
  triggers: ['iron-session'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('iron-session', 'getIronSession'),
      argument: 1,
      argumentByArity: { 3: 2 },
      nameKeys: ['cookieName'],
      options: { nestedKey: 'cookieOptions', units: COOKIE_PACKAGE_UNITS, defaults: { httpOnly: true, secure: true, sameSite: 'lax', path: '/' } },
    },
  ],
};
