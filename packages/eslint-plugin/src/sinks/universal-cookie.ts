import { COOKIE_PACKAGE_UNITS, anyOf, callOf, elementOf, importedFrom, memberOf, typedAs } from './shapes.js';
import type { SinkFamily } from './types.js';

const instance = anyOf([
  callOf(importedFrom('universal-cookie', 'default')),
  callOf(importedFrom('react-cookie', 'Cookies')),
  typedAs('universal-cookie', 'default', 'Cookies'),
  typedAs('react-cookie', 'Cookies'),
]);

/** universal-cookie and react-cookie: `new Cookies().set(name, value, opts)` and the setter of `useCookies()`. */
export const universalCookie: SinkFamily = {
  id: 'universal-cookie',
  description: 'universal-cookie and react-cookie (`cookies.set`, the `useCookies()` setter)',
  browser: true,
  triggers: ['cookie'],
  sinks: [
    { kind: 'call', callee: memberOf(instance, 'set'), name: { argument: 0 }, options: { argument: 2, units: COOKIE_PACKAGE_UNITS } },
    {
      kind: 'call',
      // const [cookies, setCookie, removeCookie] = useCookies(['name'])
      callee: elementOf(callOf(importedFrom('react-cookie', 'useCookies')), 1),
      name: { argument: 0 },
      options: { argument: 2, units: COOKIE_PACKAGE_UNITS },
    },
  ],
};
