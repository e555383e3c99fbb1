import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const auth = importedFrom('express-openid-connect', 'auth');

/**
 * express-openid-connect: `app.use(auth(config))` keeps the encrypted session in the cookie
 * `session.name`, default `appSession` (split into `appSession.0`, `.1`, ... past 4 KB), and the
 * login's state in `transactionCookie.name`, default `auth_verification`. Both are `httpOnly` with
 * `sameSite: 'Lax'` unless `session.cookie` says otherwise (read from the package's lib/config.js).
 */
export const expressOpenidConnect: SinkFamily = {
  id: 'express-openid-connect',
  description: 'express-openid-connect (`auth({ session: { name }, transactionCookie: { name } })`, defaults `appSession` and `auth_verification`)',
  triggers: ['express-openid-connect'],
  sinks: [
    {
      kind: 'config',
      callee: auth,
      argument: 0,
      nestedKey: 'session',
      nameKeys: ['name'],
      defaultName: 'appSession',
      options: { units: {}, defaults: { httpOnly: true, sameSite: 'lax' } },
    },
    {
      kind: 'config',
      callee: auth,
      argument: 0,
      nestedKey: 'transactionCookie',
      nameKeys: ['name'],
      defaultName: 'auth_verification',
      options: { units: {}, defaults: { httpOnly: true, sameSite: 'lax' } },
    },
  ],
};
