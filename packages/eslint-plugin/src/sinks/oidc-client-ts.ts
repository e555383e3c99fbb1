import { callOf, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULE = 'oidc-client-ts';

/**
 * oidc-client-ts: `new UserManager(settings)` keeps the signed-in user in sessionStorage under
 * `oidc.user:<authority>:<client_id>`, or in the store of `userStore`: a `new
 * WebStorageStateStore(...)` there is taken as localStorage, its default and the usual choice (its
 * `store` option is not read). The short-lived sign-in state kept in localStorage
 * (`oidc.<state id>`, removed at the callback) is not reported.
 */
export const oidcClientTs: SinkFamily = {
  id: 'oidc-client-ts',
  description: 'oidc-client-ts (`new UserManager(settings)`: sessionStorage `oidc.user:<authority>:<client_id>`, `userStore`)',
  storage: 'sessionStorage',
  noun: 'key',
  browser: true,
  triggers: [MODULE],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom(MODULE, 'UserManager'),
      constructs: true,
      argument: 0,
      nameKeys: [],
      defaultPattern: { prefix: 'oidc.user:', suffix: '' },
      storage: { optionKey: 'userStore', choices: [{ value: callOf(importedFrom(MODULE, 'WebStorageStateStore')), storage: 'localStorage' }] },
    },
  ],
};
