import { injected, memberOf } from './shapes.js';
import type { NameSpec, SinkFamily, StorageSwitch } from './types.js';

const service = injected('localStorageService', 'LocalStorageModule');

// The prefix the app gives `localStorageServiceProvider.setPrefix(...)` in its config block, `ls` when it gives none; a `.` follows it.
const PREFIXED: Pick<NameSpec, 'configuredPrefix'> = { configuredPrefix: { object: 'localStorageServiceProvider', method: 'setPrefix', separator: '.', fallback: 'ls.' } };

// `set(key, value, type)` and `bind(scope, property, default, key, type)` may choose the storage for one call.
const chosenBy = (argument: number): StorageSwitch => ({
  argument,
  choices: [
    { text: 'localStorage', storage: 'localStorage' },
    { text: 'sessionStorage', storage: 'sessionStorage' },
  ],
});

/**
 * angular-local-storage (checked in 0.7.1), the AngularJS service `localStorageService` of the module
 * `LocalStorageModule`: `set(key, value)` stores `ls.<key>` (the prefix the app sets with
 * `localStorageServiceProvider.setPrefix`), `bind($scope, key)` keeps a scope property there, and
 * `cookie.set(key, value)` sets a cookie of that name. A storage type set for the whole app
 * (`setStorageType('sessionStorage')`) is not followed: localStorage is assumed.
 */
export const angularLocalStorage: SinkFamily = {
  id: 'angular-local-storage',
  description: "angular-local-storage (`localStorageService.set(key)`, `bind($scope, key)`: localStorage `ls.<key>`, or the prefix of `setPrefix`; `cookie.set(key)`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['localStorageService'],
  sinks: [
    { kind: 'call', callee: memberOf(service, 'set'), name: { argument: 0, ...PREFIXED }, storage: chosenBy(2) },
    { kind: 'call', callee: memberOf(service, 'bind'), name: { argument: 1, ...PREFIXED }, storage: chosenBy(4) },
    { kind: 'call', callee: memberOf(memberOf(service, 'cookie'), 'set'), name: { argument: 0, ...PREFIXED }, storage: { choices: [], default: 'cookie' } },
  ],
};
