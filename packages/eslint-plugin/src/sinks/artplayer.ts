import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * Artplayer (checked in 5.2.3): `new Artplayer(options)` keeps the player's settings (volume,
 * playback positions, subtitle offset) in one localStorage item, `artplayer_settings`, written as
 * the viewer changes them.
 */
export const artplayer: SinkFamily = {
  id: 'artplayer',
  description: 'Artplayer (`new Artplayer(options)`: localStorage `artplayer_settings`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['artplayer'],
  sinks: [{ kind: 'config', callee: importedFrom('artplayer', 'default'), argument: 0, constructs: true, nameKeys: [], defaultName: 'artplayer_settings' }],
};
