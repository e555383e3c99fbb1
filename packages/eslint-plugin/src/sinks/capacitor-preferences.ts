import { importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

// On the web both plugins keep each key in localStorage after the group and a dot; the group is
// 'CapacitorStorage' unless `configure({ group })` changes it at run time, which is not followed.
const IN_GROUP = { argument: 0, objectKey: 'key', around: { prefix: 'CapacitorStorage.', suffix: '' } } as const;

/**
 * Capacitor Preferences (`@capacitor/preferences`) and its forerunner `@capacitor/storage`:
 * `Preferences.set({ key, value })` writes localStorage `CapacitorStorage.<key>` in a browser (on
 * a device, the platform's own preferences). Checked in @capacitor/preferences 8 and
 * @capacitor/storage 1.2.5 (their `web.js`).
 */
export const capacitorPreferences: SinkFamily = {
  id: '@capacitor/preferences',
  description: "Capacitor Preferences (`Preferences.set({ key, value })` of `@capacitor/preferences`, `Storage.set(...)` of `@capacitor/storage`: localStorage `CapacitorStorage.<key>` in a browser)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@capacitor/preferences', '@capacitor/storage'],
  sinks: [
    { kind: 'call', callee: memberOf(importedFrom('@capacitor/preferences', 'Preferences'), 'set'), name: IN_GROUP },
    { kind: 'call', callee: memberOf(importedFrom('@capacitor/storage', 'Storage'), 'set'), name: IN_GROUP },
  ],
};
