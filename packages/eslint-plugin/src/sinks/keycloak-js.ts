import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULE = 'keycloak-js';

/**
 * keycloak-js: a `new Keycloak(config)` client keeps the state of each login redirect in
 * localStorage `kc-callback-<state>` (in a cookie of that name only where localStorage is
 * unavailable) from `init()` and `login()` until the redirect comes back. Reported at `new`.
 */
export const keycloakJs: SinkFamily = {
  id: MODULE,
  description: 'keycloak-js (`new Keycloak(config)`: localStorage `kc-callback-<state>`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: [MODULE],
  sinks: [{ kind: 'config', callee: importedFrom(MODULE, 'default'), constructs: true, argument: 0, nameKeys: [], defaultPattern: { prefix: 'kc-callback-', suffix: '' } }],
};
