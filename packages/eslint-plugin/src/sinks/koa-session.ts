import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * koa-session: `session(config, app)` keeps the session in the cookie `config.key`, default
 * `koa.sess`, signed by default into `<key>.sig` (`signed: false` leaves it out); `maxAge` in
 * milliseconds, `httpOnly` by default. The legacy order `session(app, config)` is not read.
 */
export const koaSession: SinkFamily = {
  id: 'koa-session',
  description: 'koa-session (`session({ key }, app)`, default `koa.sess` and `koa.sess.sig`)',
  triggers: ['koa-session'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('koa-session', 'default'),
      argument: 0,
      // `session(app)`: no configuration at all.
      argumentByArity: { 1: 1 },
      nameKeys: ['key'],
      defaultName: 'koa.sess',
      options: { units: { maxAge: 'milliseconds', expires: 'date' }, defaults: { httpOnly: true, path: '/' } },
      companions: [{ suffix: '.sig', option: 'signed', default: true }],
    },
  ],
};
