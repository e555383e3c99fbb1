import { COOKIE_PACKAGE_UNITS, anyOf, memberOf, typedAs } from './shapes.js';
import { astroContext } from './receivers.js';
import type { SinkFamily } from './types.js';

const cookies = anyOf([memberOf(astroContext, 'cookies'), typedAs('astro', 'AstroCookies')]);

/** Astro: `Astro.cookies.set(key, value, opts)` in pages, `context.cookies.set(...)` in endpoints and middleware. */
export const astro: SinkFamily = {
  id: 'astro',
  description: 'Astro (`Astro.cookies.set`, `context.cookies.set`)',
  triggers: ['cookie'],
  sinks: [{ kind: 'call', callee: memberOf(cookies, 'set'), name: { argument: 0 }, options: { argument: 2, units: COOKIE_PACKAGE_UNITS } }],
};
