import { anyOf, callOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULE = '@amplitude/analytics-browser';

/**
 * Amplitude's browser SDK (v2): `init(apiKey, options)` (or `init(apiKey, userId, options)`, and
 * the same on `createInstance()`) keeps the device and session ids under `AMP_<first 10
 * characters of apiKey>` and the campaign (its attribution tracking is on by default) under
 * `AMP_MKTG_<first 10 characters>`, in a cookie, or where `identityStorage` says (`'localStorage'`, `'sessionStorage'`; `'none'`
 * keeps nothing). Its unsent-event queue in localStorage (`AMP_unsent_<...>`) is not modelled.
 */
export const amplitude: SinkFamily = {
  id: 'amplitude',
  description: 'Amplitude (`init(apiKey, { identityStorage })` of @amplitude/analytics-browser: `AMP_<apiKey prefix>`, `AMP_MKTG_<apiKey prefix>`, a cookie by default)',
  browser: true,
  triggers: [MODULE],
  sinks: [
    {
      kind: 'config',
      callee: anyOf([importedFrom(MODULE, 'init'), memberOf(callOf(importedFrom(MODULE, 'createInstance')), 'init')]),
      argument: 1,
      argumentByArity: { 3: 2 },
      nameKeys: [],
      defaultFromArgument: { argument: 0, firstCharacters: 10, around: [{ prefix: 'AMP_', suffix: '' }, { prefix: 'AMP_MKTG_', suffix: '' }] },
      storage: {
        optionKey: 'identityStorage',
        choices: [
          { text: 'cookie', storage: 'cookie' },
          { text: 'localStorage', storage: 'localStorage' },
          { text: 'sessionStorage', storage: 'sessionStorage' },
        ],
        default: 'cookie',
        none: ['none'],
      },
    },
  ],
};

