import { WEB_STORAGE_CHOICES, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const UTILS = ['jotai/utils', 'jotai/vanilla/utils'];

/**
 * jotai's `atomWithStorage(key, initial, storage?)`: localStorage, unless the storage is
 * `createJSONStorage(() => sessionStorage)` (another storage is taken as localStorage).
 */
export const jotai: SinkFamily = {
  id: 'jotai',
  description: "jotai's `atomWithStorage(key, initial, storage?)` (localStorage by default)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['atomWithStorage'],
  sinks: [
    {
      kind: 'call',
      callee: importedFrom(UTILS, 'atomWithStorage'),
      name: { argument: 0 },
      storage: { argument: 2, choices: WEB_STORAGE_CHOICES, factory: importedFrom(UTILS, 'createJSONStorage') },
    },
  ],
};
