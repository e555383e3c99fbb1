// Receivers and keys obtained the ways real code obtains them: a storage chosen by a
// conditional or a fallback, held in a class field, returned by a project function; keys from
// static class fields and project functions. Imports resolve against tests/fixtures (storage.ts,
// keys.ts). The fixture policy declares `prefs` and `cache:*` in localStorage, `draft` in
// sessionStorage.
import rule from '../../src/rules/no-undeclared-storage.js';
import { relative } from 'node:path';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
const POLICY = relative('/', fixture('cookies.ts'));
const undeclaredIn = (storage: 'localStorage' | 'sessionStorage') => (line: number, column: number, name: string) => ({
  messageId: 'undeclaredStorage' as const,
  line,
  column,
  data: { what: `${storage} key`, name, quoted: `'${name}'`, storage, policy: POLICY },
});
const inLocal = undeclaredIn('localStorage');
const inSession = undeclaredIn('sessionStorage');

ruleTester.run('no-undeclared-storage', rule, {
  valid: [
    // a global read with a key known only at run time
    "function save(type: string) { window[type].setItem('tracker', '1'); }",
    // an object literal whose `storage` is no storage
    "const store = {\n  storage: new Map(),\n  set(key: string, v: string) { this.storage.set(key, v); },\n};\nstore.set('tracker', '1');",
    // each storage the receiver may be declares the key
    "(keep ? localStorage : window.localStorage).setItem('prefs', v);",
    "(window.sessionStorage || memory).setItem('draft', v);",
    // a conditional between two Maps, or objects with a setItem of their own
    "const a = new Map(), b = new Map(); (keep ? a : b).set('tracker', 1);",
    "const a = { setItem() {} }; const b = { setItem() {} }; (keep ? a : b).setItem('tracker', 1);",
    // a class field holding a Map; `this` of a nested function is not the instance
    "class Cache { store = new Map(); save(v) { this.store.set('tracker', v); this.store.setItem?.('tracker', v); } }",
    "class Prefs { constructor() { this.store = localStorage; } later() { return function () { this.store.setItem('tracker', 1); }; } }",
    // a function returning a non-storage, here or imported
    "function getStore() { return new Map(); } const s = getStore(); s.setItem('tracker', 1);",
    "import { getMemoryStore } from './storage.js'; getMemoryStore().set('tracker', '1');",
    // an async function returns a promise, not the storage
    "async function getStorage() { return localStorage; } getStorage().setItem('tracker', 1);",
    // declared keys through static fields and functions
    "import { StorageKeys } from './keys.js'; localStorage.setItem(StorageKeys.PREFS, v);",
    "import { getStorage } from './storage.js'; getStorage().setItem('prefs', v);",
    "function cacheKey(url) { return `cache:${url}`; } localStorage.setItem(cacheKey(url), body);",
    "class Keys { static cache(url) { return 'cache:' + url; } } localStorage.setItem(Keys.cache(url), body);",
    // calls are followed a few levels deep only: a function calling itself ends as an unknown name
    "function grow(x) { if (x.length > 3) return grow(x + 'a') + grow(x + 'b'); return grow(x) + grow('tracker'); } localStorage.setItem(grow('k'), v);",
    "function self() { return self(); } self().setItem('tracker', v);",
  ],
  invalid: [
    // the global object kept in a variable of a module run in a page and in a worker (cryptpad's `let window = globalThis;`)
    { code: "let window = globalThis;\nwindow.sessionStorage.setItem('tracker', '1');\nconst g = window;\ng.localStorage.setItem('tracker', '1');", errors: [inSession(2, 31, 'tracker'), inLocal(4, 24, 'tracker')] },
    // a global read with a computed key known in full, or declared as string literals (MDN's storageAvailable)
    { code: "const kind = 'sessionStorage';\nwindow[kind].setItem('tracker', '1');", errors: [inSession(2, 22, 'tracker')] },
    {
      code: "function storageAvailable(type: 'localStorage' | 'sessionStorage') {\n  const storage = window[type];\n  storage.setItem('__storage_test__', '1');\n}",
      errors: [inLocal(3, 19, '__storage_test__'), inSession(3, 19, '__storage_test__')],
    },
    // a storage kept in a module variable filled on first use (`_storage ??= testStorage('localStorage') || ...`),
    // handed to a helper's `Storage` parameter (grist's localStorageObs)
    {
      code: "import { getStorage, localFlag, sessionFlag } from './storageFallback';\nlocalFlag('tracker');\nsessionFlag('tracker');\ngetStorage().setItem('tracker', '1');",
      errors: [inLocal(2, 11, 'tracker'), inSession(3, 13, 'tracker'), inLocal(4, 22, 'tracker')],
    },
    // an instance chosen between a working store and a no-op one: the one that does something (authelia)
    {
      code: "class LocalStore { setItem(key: string, value: unknown) { localStorage.setItem(key, JSON.stringify(value)); } }\nclass MockStore { setItem() {} }\nconst store = globalThis?.localStorage ? new LocalStore() : new MockStore();\nexport function usePersisted(key: string, initial: unknown) { store.setItem(key, initial); }\nusePersisted('tracker', false);",
      errors: [inLocal(5, 14, 'tracker')],
    },
    // a store chosen by the caller's option: each call writes where its option says (fider's useAttachments)
    {
      code: "const cache = {\n  local: { set: (key: string, v: string) => window.localStorage.setItem(key, v) },\n  session: { set: (key: string, v: string) => window.sessionStorage.setItem(key, v) },\n};\nexport function useAttachments(options: { cacheKey: string; useLocalStorage?: boolean }) {\n  const storage = options.useLocalStorage ? cache.local : cache.session;\n  storage.set(options.cacheKey, '[]');\n}\nuseAttachments({ cacheKey: 'post-attachments', useLocalStorage: true });\nuseAttachments({ cacheKey: 'comment-attachments' });",
      errors: [inLocal(9, 28, 'post-attachments'), inSession(10, 28, 'comment-attachments')],
    },
    // `this.storage` in a method of an object literal is the object's property (answer's storageExpires)
    { code: "const store = {\n  storage: localStorage || window.localStorage,\n  set(key: string, v: string) { this.storage.setItem(key, v); },\n};\nstore.set('tracker', '1');", errors: [inLocal(5, 11, 'tracker')] },
    // a key assignment through a helper's storage, in a file that names no trigger word (it imports a project module that may write)
    { code: "import { getStorage } from './storage.js'; getStorage()['tracker'] = v;", errors: [inLocal(1, 57, 'tracker')] },
    // a conditional receiver writes to each storage it may be: one report per storage that lacks the key
    { code: "(keep ? localStorage : sessionStorage).setItem('tracker', v);", errors: [inLocal(1, 48, 'tracker'), inSession(1, 48, 'tracker')] },
    { code: "(keep ? localStorage : sessionStorage).setItem('prefs', v);", errors: [inSession(1, 48, "prefs")] },
    { code: "const store = keep ? localStorage : sessionStorage;\nstore.setItem('draft', v);", errors: [inLocal(2, 15, "draft")] },
    { code: "(keep ? window.localStorage : sessionStorage)['tracker'] = v;", errors: [inLocal(1, 47, 'tracker'), inSession(1, 47, 'tracker')] },
    // the global object reached through the global object (formbricks: `globalThis.window.localStorage`)
    { code: "globalThis.window.sessionStorage.setItem('tracker', v);", errors: [inSession(1, 42, 'tracker')] },
    { code: "window.self.localStorage['tracker'] = v;", errors: [inLocal(1, 26, 'tracker')] },
    // a test both sides of which are known picks its branch (logto's getStorage(type) called with 'session')
    { code: "const getStorage = (type: 'session' | 'local') => (type === 'session' ? window.sessionStorage : window.localStorage);\nfunction setString(key: string, v: string, type: 'session' | 'local') { getStorage(type).setItem(key, v); }\nsetString('tracker', '1', 'session');\ngetStorage('local').setItem('tracker', '1');", errors: [inSession(3, 11, 'tracker'), inLocal(4, 29, 'tracker')] },
    // `||` and `??` fallbacks
    { code: "(window.localStorage ?? memory).setItem('tracker', v);", errors: [inLocal(1, 41, 'tracker')] },
    { code: "const store = hasStorage && window.sessionStorage || memory;\nstore.setItem('tracker', v);", errors: [inSession(2, 15, 'tracker')] },
    // a class field assigned in the constructor, a field initialiser, a static field
    { code: "class Prefs {\n  constructor() {\n    this.store = window.localStorage;\n  }\n  save(v) {\n    this.store.setItem('tracker', v);\n  }\n}", errors: [inLocal(6, 24, 'tracker')] },
    { code: "class Prefs {\n  private store: Storage = sessionStorage;\n  save = (v: string) => this.store.setItem('tracker', v);\n}", errors: [inSession(3, 44, 'tracker')] },
    { code: "class Prefs {\n  static store = localStorage;\n  static save(v) {\n    this.store.setItem('tracker', v);\n  }\n}", errors: [inLocal(4, 24, 'tracker')] },
    // a project function returning a storage: every `return` counts, here or imported
    { code: "function getStorage() {\n  if (!remember) return sessionStorage;\n  return window.localStorage;\n}\nconst s = getStorage();\ns.setItem('tracker', v);", errors: [inLocal(6, 11, 'tracker'), inSession(6, 11, 'tracker')] },
    { code: "import { getStorage } from './storage.js';\ngetStorage().setItem('tracker', v);", errors: [inLocal(2, 22, 'tracker')] },
    { code: "import { pickStorage } from './storage.js';\nconst s = pickStorage(true);\ns.setItem('tracker', v);", errors: [inLocal(3, 11, 'tracker'), inSession(3, 11, 'tracker')] },
    // a returned parameter stands for the call's argument
    { code: "const orLocal = (store = localStorage) => store;\norLocal(window.sessionStorage).setItem('tracker', v);\norLocal().setItem('tracker', v);", errors: [inSession(2, 40, 'tracker'), inLocal(3, 19, 'tracker')] },
    // keys from static class fields, here or imported, and from project functions returning a template
    { code: "class Keys {\n  static readonly TRACKER = 'tracker';\n}\nlocalStorage.setItem(Keys.TRACKER, v);", errors: [inLocal(4, 22, 'tracker')] },
    { code: "import { StorageKeys } from './keys.js';\nlocalStorage.setItem(StorageKeys.TRACKER, v);", errors: [inLocal(2, 22, 'tracker')] },
    { code: "import { scoped } from './keys.js';\nlocalStorage.setItem(scoped('recent'), v);", errors: [inLocal(2, 22, 'app:recent')] },
    { code: "function keyOf(id) {\n  return `trk:${id}`;\n}\nsessionStorage.setItem(keyOf(id), v);", errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 4, column: 24 }] },
  ],
});
