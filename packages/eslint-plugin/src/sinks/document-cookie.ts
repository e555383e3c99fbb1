import { globalValue } from './shapes.js';
import type { SinkFamily } from './types.js';

/** `document.cookie = 'name=value; Path=/'`, also through `window.document` or an alias of `document`. */
export const documentCookie: SinkFamily = {
  id: 'document-cookie',
  description: '`document.cookie` (also `window.document.cookie` and aliases of `document`)',
  browser: true,
  triggers: ['cookie'],
  sinks: [{ kind: 'assignment', object: globalValue('document'), property: 'cookie' }],
};
