import { COOKIE_PACKAGE_UNITS, importedFrom } from './shapes.js';
import type { ConfigSink, SinkFamily, ValueSpec } from './types.js';

const localeCookie = (callee: ValueSpec): ConfigSink => ({
  kind: 'config',
  callee,
  argument: 0,
  nestedKey: 'localeCookie',
  nameKeys: ['name'],
  defaultName: 'NEXT_LOCALE',
  // next-intl sets it with Next's `response.cookies.set` (`maxAge` in seconds), `SameSite=Lax` unless told.
  options: { nestedKey: 'localeCookie', units: COOKIE_PACKAGE_UNITS, defaults: { sameSite: 'lax' } },
});

/**
 * next-intl: its middleware keeps the visitor's locale in the cookie `NEXT_LOCALE`, or the
 * `localeCookie: { name }` of the routing configuration (`defineRouting(config)`, or the
 * configuration given to `createMiddleware` inline); `localeCookie: false` sets none.
 */
export const nextIntl: SinkFamily = {
  id: 'next-intl',
  description: 'next-intl (`defineRouting({ localeCookie })`, `createMiddleware({ localeCookie })`: `NEXT_LOCALE` or `localeCookie.name`)',
  triggers: ['next-intl'],
  sinks: [localeCookie(importedFrom('next-intl/routing', 'defineRouting')), localeCookie(importedFrom('next-intl/middleware', 'default'))],
};
