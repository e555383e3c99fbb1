import { anyOf, anyValue, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

// `$cookies` is the plugin's own global property name (`this.$cookies`, `app.config.globalProperties.$cookies`).
const api = anyOf([memberOf(anyValue, '$cookies'), importedFrom('vue-cookies', 'default')]);

/** vue-cookies: `$cookies.set(name, value, expires, path, domain, secure, sameSite)`; persistent (`1d`) by default. */
export const vueCookies: SinkFamily = {
  id: 'vue-cookies',
  description: 'vue-cookies (`$cookies.set`)',
  browser: true,
  triggers: ['cookie'],
  sinks: [
    {
      kind: 'call',
      callee: memberOf(api, 'set'),
      name: { argument: 0 },
      options: { argument: 2, positional: ['expires', 'path', 'domain', 'secure', 'sameSite'], units: { expires: 'vue-cookies' } },
    },
  ],
};
