import { anyOf, callOf, globalValue, importedFrom, memberOf, membersOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const jsCookie = anyOf([importedFrom('js-cookie', 'default'), globalValue('Cookies')]);
// `withAttributes` and `withConverter` return a new API object whose `set` writes too.
const derived = callOf(membersOf(jsCookie, ['withAttributes', 'withConverter']));
const api = anyOf([jsCookie, derived, callOf(membersOf(derived, ['withAttributes', 'withConverter']))]);

/** js-cookie: `Cookies.set(name, value, { expires: days })`. */
export const jsCookieFamily: SinkFamily = {
  id: 'js-cookie',
  description: 'js-cookie (`Cookies.set`, also after `withAttributes` / `withConverter`)',
  browser: true,
  triggers: ['cookie'],
  sinks: [
    {
      kind: 'call',
      callee: memberOf(api, 'set'),
      name: { argument: 0 },
      options: { argument: 2, units: { expires: 'days' }, defaults: { path: '/' } },
    },
  ],
};
