import { anyOf, callOf, importedFrom, memberOf, membersOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const cookies = importedFrom('typescript-cookie', 'Cookies');
// Like js-cookie, `withAttributes` and `withConverter` return an API object whose `set` writes.
const derived = callOf(membersOf(cookies, ['withAttributes', 'withConverter']));
const OPTIONS = { argument: 2, units: { expires: 'days' }, defaults: { path: '/' } } as const;

/** typescript-cookie: `setCookie(name, value, { expires: days })` and its js-cookie-like `Cookies.set`. */
export const typescriptCookie: SinkFamily = {
  id: 'typescript-cookie',
  description: 'typescript-cookie (`setCookie(name, value, { expires: days })`, `Cookies.set`)',
  browser: true,
  triggers: ['typescript-cookie'],
  sinks: [
    { kind: 'call', callee: importedFrom('typescript-cookie', 'setCookie'), name: { argument: 0 }, options: OPTIONS },
    { kind: 'call', callee: memberOf(anyOf([cookies, derived]), 'set'), name: { argument: 0 }, options: OPTIONS },
  ],
};
