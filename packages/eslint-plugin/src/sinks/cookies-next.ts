import { COOKIE_PACKAGE_UNITS, anyOf, callOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULES = ['cookies-next', 'cookies-next/client', 'cookies-next/server'];
const options = { argument: 2, units: COOKIE_PACKAGE_UNITS } as const;

/** cookies-next: `setCookie(name, value, opts)` (name first, unlike nookies, Hono and h3) and its hooks. */
export const cookiesNext: SinkFamily = {
  id: 'cookies-next',
  description: 'cookies-next (`setCookie`, `useSetCookie()`, `useCookiesNext().setCookie`)',
  triggers: ['cookie'],
  sinks: [
    { kind: 'call', callee: importedFrom(MODULES, 'setCookie'), name: { argument: 0 }, options },
    {
      kind: 'call',
      callee: callOf(anyOf([importedFrom(MODULES, 'useSetCookie'), importedFrom(MODULES, 'useReactiveSetCookie')])),
      name: { argument: 0 },
      options,
    },
    {
      kind: 'call',
      callee: memberOf(callOf(anyOf([importedFrom(MODULES, 'useCookiesNext'), importedFrom(MODULES, 'useReactiveCookiesNext')])), 'setCookie'),
      name: { argument: 0 },
      options,
    },
  ],
};
