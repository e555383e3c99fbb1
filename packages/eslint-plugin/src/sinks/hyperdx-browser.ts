import { importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * HyperDX's browser SDK: `HyperDX.init({ apiKey })` starts @hyperdx/otel-web's session tracking,
 * which keeps the session in the first-party cookie `__rum_sid` (written with `document.cookie`,
 * renewed on activity). Checked in @hyperdx/browser 0.22.1 and @hyperdx/otel-web 0.16.4.
 */
export const hyperdxBrowser: SinkFamily = {
  id: '@hyperdx/browser',
  description: "HyperDX's browser SDK (`HyperDX.init()`: the cookie `__rum_sid`)",
  browser: true,
  triggers: ['@hyperdx/browser'],
  sinks: [{ kind: 'fixed', callee: memberOf(importedFrom('@hyperdx/browser', 'default'), 'init'), names: ['__rum_sid'] }],
};
