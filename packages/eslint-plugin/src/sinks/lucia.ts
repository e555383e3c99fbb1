import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const DEFAULT_NAME = 'auth_session';

/**
 * Lucia: the session cookie is named where the instance is made, `sessionCookie.name`, default
 * `auth_session`: `lucia({ sessionCookie })` in v2, `new Lucia(adapter, { sessionCookie })` in
 * v3. The app writes it from `createSessionCookie(id)` (`createBlankSessionCookie()` deletes it),
 * whose name is the instance's: reported where the instance is made.
 */
export const lucia: SinkFamily = {
  id: 'lucia',
  description: 'Lucia (`new Lucia(adapter, { sessionCookie: { name } })`, v2 `lucia({ sessionCookie })`, default `auth_session`)',
  triggers: ['lucia'],
  sinks: [
    { kind: 'config', callee: importedFrom('lucia', 'Lucia'), constructs: true, argument: 1, nestedKey: 'sessionCookie', nameKeys: ['name'], defaultName: DEFAULT_NAME },
    { kind: 'config', callee: importedFrom('lucia', 'lucia'), argument: 0, nestedKey: 'sessionCookie', nameKeys: ['name'], defaultName: DEFAULT_NAME },
  ],
};
