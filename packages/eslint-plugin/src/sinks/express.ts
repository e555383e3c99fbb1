import { memberOf } from './shapes.js';
import { expressResponse } from './receivers.js';
import type { SinkFamily } from './types.js';

/** Express: `res.cookie(name, value, { maxAge: milliseconds })`. `res.clearCookie` deletes and is not a write. */
export const express: SinkFamily = {
  id: 'express',
  description: 'Express (`res.cookie`)',
  triggers: ['cookie'],
  sinks: [
    {
      kind: 'call',
      callee: memberOf(expressResponse, 'cookie'),
      name: { argument: 0 },
      options: { argument: 2, units: { maxAge: 'milliseconds', expires: 'date' }, defaults: { path: '/' } },
    },
  ],
};
