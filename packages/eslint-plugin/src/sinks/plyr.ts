import { importedFrom, memberOf } from './shapes.js';
import type { ConfigSink, SinkFamily } from './types.js';

const PLYR = importedFrom('plyr', 'default');

// `storage: { enabled: true, key: 'plyr' }` by default (plyr's config/defaults.js); the player keeps
// its volume, speed, quality and captions there as one JSON object.
const configured = (callee: ConfigSink['callee'], constructs: boolean): ConfigSink => ({
  kind: 'config',
  callee,
  argument: 1,
  constructs,
  nestedKey: 'storage',
  nameKeys: ['key'],
  defaultName: 'plyr',
  offWhen: { key: 'enabled', value: false },
});

/**
 * Plyr: `new Plyr(target, options)` and `Plyr.setup(targets, options)` keep the player's settings
 * in localStorage under `storage.key`, default `plyr`, unless `storage: { enabled: false }`.
 * Checked in plyr 3.7.8.
 */
export const plyr: SinkFamily = {
  id: 'plyr',
  description: 'Plyr (`new Plyr(target, { storage: { key } })`, `Plyr.setup(...)`: localStorage `plyr` by default)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['plyr'],
  sinks: [configured(PLYR, true), configured(memberOf(PLYR, 'setup'), false)],
};
