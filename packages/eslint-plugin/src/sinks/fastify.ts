import { COOKIE_PACKAGE_UNITS, membersOf } from './shapes.js';
import { fastifyReply } from './receivers.js';
import type { SinkFamily } from './types.js';

/** Fastify with @fastify/cookie: `reply.setCookie(name, value, opts)` (alias `reply.cookie`). */
export const fastify: SinkFamily = {
  id: 'fastify',
  description: 'Fastify (`reply.setCookie`, `reply.cookie`)',
  triggers: ['cookie'],
  sinks: [
    {
      kind: 'call',
      callee: membersOf(fastifyReply, ['setCookie', 'cookie']),
      name: { argument: 0 },
      options: { argument: 2, units: COOKIE_PACKAGE_UNITS },
    },
  ],
};
