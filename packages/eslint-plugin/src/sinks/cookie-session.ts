import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/** cookie-session: `cookieSession({ name })`, default `session`, plus its signature `<name>.sig` unless `signed: false`. */
export const cookieSession: SinkFamily = {
  id: 'cookie-session',
  description: 'cookie-session (`cookieSession({ name })`, default `session` and `session.sig`)',
  triggers: ['cookie'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('cookie-session', 'default'),
      argument: 0,
      nameKeys: ['name'],
      defaultName: 'session',
      options: { argument: 0, units: { maxAge: 'milliseconds', expires: 'date' }, defaults: { httpOnly: true, path: '/' } },
      companions: [{ suffix: '.sig', option: 'signed', default: true }],
    },
  ],
};
