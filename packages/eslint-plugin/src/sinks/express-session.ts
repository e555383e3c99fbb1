import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/** express-session: the cookie is named in configuration, `session({ name })`, default `connect.sid`. */
export const expressSession: SinkFamily = {
  id: 'express-session',
  description: 'express-session (`session({ name })`, default `connect.sid`)',
  triggers: ['express-session'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('express-session', 'default'),
      argument: 0,
      nameKeys: ['name', 'key'],
      defaultName: 'connect.sid',
      options: { nestedKey: 'cookie', units: { maxAge: 'milliseconds', expires: 'date' }, defaults: { httpOnly: true, path: '/' } },
    },
  ],
};
