import { Buffer } from 'node:buffer';
import { anyValue, callOf, importedFrom, memberOf } from './shapes.js';
import type { BuilderChain, SinkFamily } from './types.js';

// Checked in @nextcloud/browser-storage 0.5.0: `persist()` keeps the items in localStorage, else
// sessionStorage; each key is stored after `nextcloud_per_` (or `nextcloud_vol_` with
// `clearOnLogout()`), the scope in base64 (`btoa(appId)`) and `_`.
const BUILT: BuilderChain = {
  root: { callee: importedFrom('@nextcloud/browser-storage', 'getBuilder'), scopeArgument: 0 },
  build: 'build',
  settings: ['persist', 'clearOnLogout'],
  describe: (on, scope) => ({
    storage: on.has('persist') ? 'localStorage' : 'sessionStorage',
    prefix: [`${on.has('clearOnLogout') ? 'nextcloud_vol' : 'nextcloud_per'}_`, scope === undefined ? null : encodeScope(scope), '_'],
  }),
};

/** What a storage built by `getBuilder(scope).persist().build()` puts before each key: `nextcloud_per_<base64 scope>_`. */
export function getPersistentScopePrefix(scope: string): string {
  return `nextcloud_per_${encodeScope(scope)}_`;
}

// `btoa(scope)`, as the library does.
function encodeScope(scope: string): string {
  return Buffer.from(scope, 'latin1').toString('base64');
}

/**
 * @nextcloud/browser-storage: `getBuilder(appId).persist().clearOnLogout().build()` makes a scoped
 * storage whose `setItem(key, value)` writes `nextcloud_vol_<base64 appId>_<key>` (`nextcloud_per_`
 * unless `clearOnLogout()`), in localStorage with `persist()`, else in sessionStorage.
 */
export const nextcloudBrowserStorage: SinkFamily = {
  id: '@nextcloud/browser-storage',
  description: "@nextcloud/browser-storage (`getBuilder(appId).persist().build().setItem(key)`: `nextcloud_per_<base64 appId>_<key>`, `nextcloud_vol_...` with `clearOnLogout()`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@nextcloud/browser-storage'],
  sinks: [{ kind: 'call', callee: memberOf(callOf(memberOf(anyValue, 'build')), 'setItem'), name: { argument: 0 }, builtBy: BUILT }],
};
