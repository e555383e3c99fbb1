import { COOKIE_PACKAGE_UNITS, anyOf, autoImported, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const H3 = ['h3'];
const NUXT = ['#app', '#imports', 'nuxt/app'];

/**
 * h3 (Nitro, Nuxt server) and Nuxt's `useCookie`, imported or auto-imported (an unimported
 * `useCookie` in a project whose package.json lists `nuxt`).
 */
export const h3: SinkFamily = {
  id: 'h3',
  description: 'h3 and Nuxt (`setCookie(event, name)`, `setChunkedCookie`, `useSession`, `useCookie`)',
  triggers: ['cookie', 'useSession', 'getSession', 'updateSession'],
  sinks: [
    {
      kind: 'call',
      callee: anyOf([importedFrom(H3, 'setCookie'), importedFrom(H3, 'setChunkedCookie')]),
      name: { argument: 1 },
      options: { argument: 3, units: COOKIE_PACKAGE_UNITS },
    },
    {
      kind: 'config',
      callee: anyOf([importedFrom(H3, 'useSession'), importedFrom(H3, 'getSession'), importedFrom(H3, 'updateSession')]),
      argument: 1,
      nameKeys: ['name'],
      defaultName: 'h3',
      options: { nestedKey: 'cookie', units: COOKIE_PACKAGE_UNITS },
    },
    // `{ readonly: true }` gives a ref that never writes; without `default`, a ref only read writes nothing (checked in nuxt 4.4.5's useCookie).
    { kind: 'call', callee: anyOf([importedFrom(NUXT, 'useCookie'), autoImported('useCookie', 'nuxt')]), name: { argument: 0 }, options: { argument: 1, units: COOKIE_PACKAGE_UNITS }, offWhen: { argument: 1, key: 'readonly', value: true }, writesOnAssignmentUnless: { argument: 1, key: 'default' } },
  ],
};
