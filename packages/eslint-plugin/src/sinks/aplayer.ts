import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * APlayer (checked in 1.10.1): `new APlayer(options)` keeps the volume and settings in the
 * localStorage item `storageName` (default `aplayer-setting`), written as the listener changes them.
 */
export const aplayer: SinkFamily = {
  id: 'aplayer',
  description: 'APlayer (`new APlayer({ storageName })`: localStorage `aplayer-setting`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['aplayer'],
  sinks: [{ kind: 'config', callee: importedFrom('aplayer', 'default'), argument: 0, constructs: true, nameKeys: ['storageName'], defaultName: 'aplayer-setting' }],
};
