import { importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * mixpanel-browser (v2): `mixpanel.init(token, config)` keeps its super properties and ids under
 * `mp_<token>_mixpanel`, or `mp_<persistence_name>` (`cookie_name` when that is unset), in a
 * cookie, or in localStorage with `persistence: 'localStorage'`; `disable_persistence: true`
 * keeps nothing (its older alias `disable_cookie` is not read). Its request queues in localStorage
 * (`__mpq_<token>_ev`, ...) are not modelled.
 */
export const mixpanelBrowser: SinkFamily = {
  id: 'mixpanel-browser',
  description: 'mixpanel-browser (`mixpanel.init(token, { persistence, persistence_name })`: `mp_<token>_mixpanel`, a cookie by default)',
  browser: true,
  triggers: ['mixpanel-browser'],
  sinks: [
    {
      kind: 'config',
      callee: memberOf(importedFrom('mixpanel-browser', 'default'), 'init'),
      argument: 1,
      nameKeys: ['persistence_name', 'cookie_name'],
      namePrefix: 'mp_',
      // After `namePrefix`: the default name is `mp_<token>_mixpanel`.
      defaultFromArgument: { argument: 0, around: { prefix: '', suffix: '_mixpanel' } },
      offWhen: { key: 'disable_persistence', value: true },
      storage: {
        optionKey: 'persistence',
        choices: [
          { text: 'cookie', storage: 'cookie' },
          { text: 'localStorage', storage: 'localStorage' },
        ],
        default: 'cookie',
      },
    },
  ],
};
