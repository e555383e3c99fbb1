import { anyOf, callOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const localforageApi = importedFrom('localforage', 'default');
const instance = anyOf([localforageApi, callOf(memberOf(localforageApi, 'createInstance'))]);

/**
 * localforage: `setItem(key, value)` on the default instance or on one made by
 * `createInstance({ name })` (also held in a constant another module exports), which names a
 * database (default `localforage`). Its default driver is IndexedDB; the localStorage fallback is
 * not modelled.
 */
export const localforage: SinkFamily = {
  id: 'localforage',
  description: 'localforage (`setItem(key)`, `createInstance({ name })`)',
  storage: 'indexedDB',
  noun: 'key',
  // `setItem`: an instance another module exports is used without the word `localforage`.
  triggers: ['localforage'],
  sinks: [
    { kind: 'call', callee: memberOf(instance, 'setItem'), name: { argument: 0 } },
    { kind: 'config', callee: memberOf(localforageApi, 'createInstance'), argument: 0, nameKeys: ['name'], defaultName: 'localforage', noun: 'database name' },
  ],
};
