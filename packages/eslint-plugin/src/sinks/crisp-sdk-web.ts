import { importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * crisp-sdk-web: `Crisp.configure(websiteId)` loads Crisp's chatbox, which keeps the visitor's
 * session in the first-party cookie `crisp-client/session/<websiteId>`. With `{ autoload: false }`
 * the chatbox loads at a later `Crisp.load()`: the cookie is still reported at `configure`.
 */
export const crispSdkWeb: SinkFamily = {
  id: 'crisp-sdk-web',
  description: 'crisp-sdk-web (`Crisp.configure(websiteId)`: `crisp-client/session/<websiteId>`)',
  browser: true,
  triggers: ['crisp-sdk-web'],
  sinks: [{ kind: 'call', callee: memberOf(importedFrom('crisp-sdk-web', 'Crisp'), 'configure'), name: { argument: 0, around: { prefix: 'crisp-client/session/', suffix: '' } } }],
};
