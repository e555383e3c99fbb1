import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * better-auth: `betterAuth({ advanced: { cookiePrefix } })` sets its session cookies under
 * `<cookiePrefix>.session_token`, `.session_data` and `.dont_remember` (prefix `better-auth` by
 * default; with secure cookies the browser sees them behind `__Secure-`, which is not modelled).
 */
export const betterAuth: SinkFamily = {
  id: 'better-auth',
  description: 'better-auth (`betterAuth({ advanced: { cookiePrefix } })`, `better-auth.session_token` and its companions)',
  triggers: ['better-auth'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('better-auth', 'betterAuth'),
      argument: 0,
      nestedKey: 'advanced',
      nameKeys: ['cookiePrefix'],
      defaultName: 'better-auth',
      nameSuffixes: ['.session_token', '.session_data', '.dont_remember'],
    },
  ],
};
