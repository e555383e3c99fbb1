import { anyOf, callOf, importedFrom, memberOf, typedAs } from './shapes.js';
import { koaContext } from './receivers.js';
import type { SinkFamily } from './types.js';

const cookies = anyOf([memberOf(koaContext, 'cookies'), callOf(importedFrom('cookies', 'default')), typedAs('cookies', 'default', 'Cookies')]);

/**
 * Koa and the `cookies` package: `ctx.cookies.set(name, value, { maxAge: milliseconds })`. A call
 * without a value deletes. `signed: true` also writes `<name>.sig` (signing by default when the
 * app has keys cannot be seen from the call).
 */
export const koa: SinkFamily = {
  id: 'koa',
  description: 'Koa and `cookies` (`ctx.cookies.set`; `<name>.sig` with `signed: true`)',
  triggers: ['cookie'],
  sinks: [
    {
      kind: 'call',
      callee: memberOf(cookies, 'set'),
      name: { argument: 0 },
      options: { argument: 2, units: { maxAge: 'milliseconds', expires: 'date' }, defaults: { httpOnly: true, path: '/' } },
      deletesWithoutValue: 1,
      companions: [{ suffix: '.sig', option: 'signed', default: false }],
    },
  ],
};
