import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULE = 'react-use-cookie';

/**
 * react-use-cookie: `setCookie(name, value, { days, path, domain, SameSite, Secure })` writes the
 * cookie (for 7 days on path `/` by default), and the `useCookie(name, initial)` hook only through
 * the setter it returns: `const [mode] = useCookie('mode')` reads. Checked in react-use-cookie 1.6.1.
 */
export const reactUseCookie: SinkFamily = {
  id: 'react-use-cookie',
  description: "react-use-cookie (`setCookie(name, value)`, the setter of `useCookie(name)`)",
  browser: true,
  triggers: [MODULE],
  sinks: [
    { kind: 'call', callee: importedFrom(MODULE, 'default'), name: { argument: 0 }, writesThroughElement: 1 },
    { kind: 'call', callee: importedFrom(MODULE, 'setCookie'), name: { argument: 0 }, options: { argument: 2, units: { days: 'days' }, defaults: { path: '/' } } },
  ],
};
