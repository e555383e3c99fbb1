import { anyOf, memberOf, typedAs } from './shapes.js';
import type { SinkFamily } from './types.js';

// Injected under any name (`constructor(private cookies: CookieService)`, `inject(CookieService)`),
// so the receiver is recognised by its type.
const service = anyOf([typedAs('ngx-cookie-service', 'CookieService'), typedAs('ngx-cookie-service-ssr', 'SsrCookieService')]);

/** Angular's ngx-cookie-service: `set(name, value, { expires: days })` or the positional form `set(name, value, expires, path, ...)`. */
export const ngxCookieService: SinkFamily = {
  id: 'ngx-cookie-service',
  description: "Angular's ngx-cookie-service (`cookieService.set`, by its type)",
  browser: true,
  triggers: ['cookie'],
  sinks: [
    {
      kind: 'call',
      callee: memberOf(service, 'set'),
      name: { argument: 0 },
      options: { argument: 2, positional: ['expires', 'path', 'domain', 'secure', 'sameSite', 'partitioned'], units: { expires: 'days' }, defaults: { sameSite: 'lax' } },
    },
  ],
};
