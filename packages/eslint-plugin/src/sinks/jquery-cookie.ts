import { anyOf, globalValue, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/** jquery.cookie: `$.cookie(name, value, { expires: days })`; `$.cookie(name)` and `$.cookie(name, fn)` are reads. */
export const jqueryCookie: SinkFamily = {
  id: 'jquery-cookie',
  description: 'jquery.cookie (`$.cookie(name, value)`)',
  browser: true,
  triggers: ['cookie'],
  sinks: [
    {
      kind: 'call',
      callee: memberOf(anyOf([globalValue('$'), globalValue('jQuery'), importedFrom('jquery', 'default')]), 'cookie'),
      name: { argument: 0 },
      minArguments: 2,
      options: { argument: 2, units: { expires: 'days' } },
    },
  ],
};
