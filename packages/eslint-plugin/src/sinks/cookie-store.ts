import { globalValue, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/** The CookieStore API: `cookieStore.set(name, value)` or `cookieStore.set({ name, value, expires })`, on the DOM global only. */
export const cookieStore: SinkFamily = {
  id: 'cookie-store',
  description: 'the CookieStore API (`cookieStore.set`)',
  browser: true,
  triggers: ['cookie'],
  sinks: [
    {
      kind: 'call',
      callee: memberOf(globalValue('cookieStore'), 'set'),
      name: { argument: 0, objectKey: 'name' },
      options: { sameObjectAsName: true, units: { expires: 'epoch-milliseconds' } },
    },
  ],
};
