import { alwaysIn, memberOf, typedAs } from './shapes.js';
import type { CallSink, SinkFamily, StorageSwitch } from './types.js';

const MODULE = 'ngx-webstorage';

// `store(key, value)` on a service injected under any name, recognised by its type (as
// ngx-cookie-service's). The key is stored lowercased, after the prefix and the separator.
const store = (service: string, storage?: StorageSwitch): CallSink => ({
  kind: 'call',
  callee: memberOf(typedAs(MODULE, service), 'store'),
  name: { argument: 0, lowercase: true, around: { prefix: 'ngx-webstorage|', suffix: '' } },
  ...(storage ? { storage } : {}),
});

/**
 * ngx-webstorage: `LocalStorageService.store(key, value)` and `SessionStorageService.store` keep
 * the value under `ngx-webstorage|<key in lowercase>`. The prefix, separator and `caseSensitive`
 * an app sets once in `provideNgxWebstorage(withNgxWebstorageConfig({ ... }))` (or
 * `NgxWebstorageModule.forRoot`) are set where the app is configured, which a service's caller
 * does not show: the defaults are assumed. The `@LocalStorage()` property decorators are not
 * read. Version 2 (2017) used the prefix `ng2-webstorage`, which is not modelled.
 */
export const ngxWebstorage: SinkFamily = {
  id: 'ngx-webstorage',
  description: 'ngx-webstorage (`LocalStorageService.store(key, v)`, `SessionStorageService.store`, by their types: `ngx-webstorage|<key>`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: [MODULE],
  sinks: [store('LocalStorageService'), store('SessionStorageService', alwaysIn('sessionStorage'))],
};
