import { anyOf, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULES = ['firebase/analytics', '@firebase/analytics'];
const start = anyOf([importedFrom(MODULES, 'getAnalytics'), importedFrom(MODULES, 'initializeAnalytics')]);

/**
 * Firebase Analytics (JS SDK): `getAnalytics(app)` and `initializeAnalytics(app)` load gtag.js,
 * which keeps the client id in `_ga` and the session in `_ga_<measurement id>` (reported as `_ga_*`).
 */
export const firebaseAnalytics: SinkFamily = {
  id: 'firebase-analytics',
  description: "Firebase Analytics (`getAnalytics()`, `initializeAnalytics()`: the `_ga` and `_ga_<measurement id>` cookies gtag.js sets)",
  browser: true,
  triggers: MODULES,
  sinks: [{ kind: 'fixed', callee: start, names: ['_ga'], patterns: [{ prefix: '_ga_', suffix: '' }] }],
};

/** Firebase Analytics registers the app with Firebase Installations, which keeps its id in the IndexedDB database `firebase-installations-database`. */
export const firebaseInstallations: SinkFamily = {
  id: 'firebase-installations',
  description: "Firebase Installations, under Firebase Analytics (`getAnalytics()`, `initializeAnalytics()`: IndexedDB `firebase-installations-database`)",
  storage: 'indexedDB',
  noun: 'database name',
  browser: true,
  triggers: MODULES,
  sinks: [{ kind: 'fixed', callee: start, names: ['firebase-installations-database'] }],
};
