import { anyOf, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * tiny-cookie: `set(name, value, { expires })` (also `setCookie`, `setRaw`, `setRawCookie`), or
 * `set(name, value, encoder, options)`. `expires` counts days, or is a Date or a string such as
 * `'1M'`; `max-age` counts seconds; `path` defaults to `/`.
 */
export const tinyCookie: SinkFamily = {
  id: 'tiny-cookie',
  description: 'tiny-cookie (`set(name, value, { expires: days })`, `setCookie`, `setRaw`)',
  browser: true,
  triggers: ['tiny-cookie'],
  sinks: [
    {
      kind: 'call',
      callee: anyOf(['set', 'setCookie', 'setRaw', 'setRawCookie'].map((name) => importedFrom('tiny-cookie', name))),
      name: { argument: 0 },
      options: { argument: 2, argumentByArity: { 4: 3 }, units: { expires: 'tiny-cookie', 'max-age': 'seconds' }, defaults: { path: '/' } },
    },
  ],
};
