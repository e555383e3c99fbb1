import { anyOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * Datadog's browser SDKs: `datadogLogs.init(config)` and `datadogRum.init(config)` keep the
 * session in the cookie `_dd_s` (browser-core's SESSION_STORE_KEY), or in localStorage under the
 * same name with `sessionPersistence: 'local-storage'`. Checked in @datadog/browser-core 5.35.1;
 * the fallback to localStorage when cookies are blocked (`allowFallbackToLocalStorage`) is not modelled.
 */
export const datadog: SinkFamily = {
  id: 'datadog-browser',
  description: "Datadog's browser SDKs (`datadogLogs.init(config)`, `datadogRum.init(config)`: the session in the cookie `_dd_s`, or localStorage with `sessionPersistence: 'local-storage'`)",
  browser: true,
  triggers: ['@datadog/browser-'],
  sinks: [
    {
      kind: 'config',
      callee: anyOf([memberOf(importedFrom('@datadog/browser-logs', 'datadogLogs'), 'init'), memberOf(importedFrom('@datadog/browser-rum', 'datadogRum'), 'init')]),
      argument: 0,
      nameKeys: [],
      defaultName: '_dd_s',
      storage: {
        optionKey: 'sessionPersistence',
        choices: [
          { text: 'cookie', storage: 'cookie' },
          { text: 'local-storage', storage: 'localStorage' },
        ],
        default: 'cookie',
      },
    },
  ],
};
