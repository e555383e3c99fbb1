import { COOKIE_PACKAGE_UNITS, anyOf, memberOf, typedAs } from './shapes.js';
import { svelteKitEvent } from './receivers.js';
import type { SinkFamily } from './types.js';

const cookies = anyOf([memberOf(svelteKitEvent, 'cookies'), typedAs('@sveltejs/kit', 'Cookies')]);

/** SvelteKit: `cookies.set(name, value, opts)` on the request event of `load`, actions, `+server` handlers and hooks. */
export const svelteKit: SinkFamily = {
  id: 'sveltekit',
  description: 'SvelteKit (`event.cookies.set` in `load`, actions, `+server` handlers and hooks)',
  triggers: ['cookie'],
  sinks: [
    { kind: 'call', callee: memberOf(cookies, 'set'), name: { argument: 0 }, options: { argument: 2, units: COOKIE_PACKAGE_UNITS, defaults: { httpOnly: true, secure: true } } },
    // Builds a header string only; it names a cookie when the string is written.
    { kind: 'serializer', callee: memberOf(cookies, 'serialize'), name: { argument: 0 }, options: { argument: 2, units: COOKIE_PACKAGE_UNITS } },
  ],
};
