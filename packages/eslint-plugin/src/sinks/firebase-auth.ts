import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * Firebase Auth (JS SDK): `getAuth()` keeps the signed-in user with `indexedDBLocalPersistence`
 * first, in the IndexedDB database `firebaseLocalStorageDb`. `initializeAuth(app, { persistence })`
 * is not read (its persistences are values, `browserSessionPersistence` and the like, whose keys
 * `firebase:authUser:<apiKey>:<app>` differ from the database name), nor is `setPersistence`.
 */
export const firebaseAuth: SinkFamily = {
  id: 'firebase-auth',
  description: "Firebase Auth (`getAuth()` of `firebase/auth`: IndexedDB `firebaseLocalStorageDb`)",
  storage: 'indexedDB',
  noun: 'database name',
  browser: true,
  triggers: ['firebase/auth', '@firebase/auth'],
  sinks: [{ kind: 'fixed', callee: importedFrom(['firebase/auth', '@firebase/auth'], 'getAuth'), names: ['firebaseLocalStorageDb'] }],
};
