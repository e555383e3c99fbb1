// Web Storage, IndexedDB and the wrappers of reference/sinks.md section 7. The fixture policy
// declares `prefs` and `cache:*` and `persist:root` in localStorage, `draft` in sessionStorage,
// `app-db` in IndexedDB; `theme` only as a cookie.
import rule from '../../src/rules/no-undeclared-storage.js';
import { relative } from 'node:path';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
// The rule tester lints from the file system root: messages name the policy relative to it.
const POLICY = relative('/', fixture('cookies.ts'));
const undeclared = (line: number, column: number) => ({ messageId: 'undeclaredStorage' as const, line, column });

ruleTester.run('no-undeclared-storage', rule, {
  valid: [
    "localStorage.setItem('prefs', '{}');",
    // a migration: a value copied from another name into the name the code itself reads is no new item
    "export function get(key) {\n  const scoped = `/app/${key}`;\n  const value = localStorage.getItem(scoped);\n  const bare = localStorage.getItem(key);\n  if (value === null && bare !== null) localStorage.setItem(scoped, bare);\n  return value ?? bare;\n}",
    "window.localStorage.setItem(`cache:${url}`, body);",
    "globalThis.sessionStorage.setItem('draft', text);",
    "self.localStorage.prefs = '{}';",
    "localStorage['prefs'] = '{}';",
    "const store = window.sessionStorage; store.setItem('draft', text);",
    "indexedDB.open('app-db', 2);",
    // an open with no version that handles no upgrade and stores nothing only reopens a database to read, delete or clear (pairdrop)
    "function get(key) {\n  const request = indexedDB.open('tracker-db');\n  request.onsuccess = () => request.result.transaction('kv', 'readonly').objectStore('kv').get(key);\n}",
    "function clear() {\n  const request = window.indexedDB.open('tracker-db');\n  request.onsuccess = () => request.result.transaction('kv', 'readwrite').objectStore('kv').clear();\n}",
    "import { openDB } from 'idb'; await openDB('app-db', 1);",
    "import Dexie from 'dexie'; const db = new Dexie('app-db');",
    "import localforage from 'localforage'; localforage.createInstance({ name: 'app-db' });",
    "import { createStore } from 'idb-keyval'; createStore('app-db', 'keyval');",
    "import { persistReducer } from 'redux-persist'; import storage from 'redux-persist/lib/storage'; persistReducer({ key: 'root', storage }, reducer);",
    // reads, removals, cookies and look-alikes are not storage writes
    "localStorage.getItem('tracker'); localStorage.removeItem('tracker'); delete localStorage.tracker;",
    "const localStorage = new Map(); localStorage.set('tracker', 1); localStorage.setItem?.('tracker', 1);",
    // modules that only run on the server have no browser storage: a Next.js route handler, API route or middleware,
    // a 'use server' module, SvelteKit's +server and *.server modules, Nuxt's server folder
    { code: "import { createClient } from '@supabase/supabase-js';\nexport async function POST() { const admin = createClient(url, serviceKey); }", filename: fixture('next-auth-5-app', 'app', 'api', 'chat', 'route.ts') },
    { code: "import { createClient } from '@supabase/supabase-js';\nexport default async function handler() { createClient(url, key); }", filename: fixture('next-auth-5-app', 'src', 'pages', 'api', 'user.ts') },
    { code: "localStorage.setItem('tracker', '1');", filename: fixture('next-auth-5-app', 'middleware.ts') },
    { code: "'use server';\nimport { createClient } from '@supabase/supabase-js';\nexport async function save() { createClient(url, key); }", filename: fixture('next-auth-5-app', 'app', 'actions.ts') },
    { code: "import { createClient } from '@supabase/supabase-js';\nexport const load = () => createClient(url, key);", filename: fixture('sveltekit-app', 'src', 'routes', '+page.server.ts') },
    { code: "import { createClient } from '@supabase/supabase-js';\nexport const client = createClient(url, key);", filename: fixture('nuxt-app', 'server', 'utils', 'db.ts') },
    "document.cookie = 'tracker=1';",
    "const cache = new Map(); cache.open('tracker');",
    // a name known only at run time is no-unresolved-cookie-name's
    'localStorage.setItem(key, value);',
  ],
  invalid: [
    // ... a page or a component of the same projects runs in the browser too
    { code: "import { createClient } from '@supabase/supabase-js';\nexport const client = createClient(url, key);", filename: fixture('next-auth-5-app', 'app', 'route-planner', 'client.ts'), errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 2, column: 23 }] },
    { code: "localStorage.setItem('tracker', '1');", filename: fixture('next-auth-5-app', 'app', 'dashboard', 'middleware.ts'), errors: [undeclared(1, 22)] },
    { code: "localStorage.setItem('theme', 'dark');", errors: [undeclared(1, 22)] },
    // ... a copy to a name nothing reads is a new item (hoppscotch's `${key}-backup`)
    { code: "const old = window.localStorage.getItem('theme');\nif (old) window.localStorage.setItem('tracker', old);", errors: [undeclared(2, 38)] },
    // ... and so is an item put back under its own name (after `clear()`, ghostfolio's sign-out)
    { code: "const source = localStorage.getItem('tracker');\nlocalStorage.clear();\nif (source) localStorage.setItem('tracker', source);", errors: [undeclared(3, 34)] },
    // ... a copy into the other storage is a new item there
    { code: "const saved = sessionStorage.getItem('draft');\nlocalStorage.setItem('theme', saved);", errors: [undeclared(2, 22)] },
    { code: "window.localStorage.setItem('draft', '1');", errors: [undeclared(1, 29)] },
    { code: "sessionStorage.setItem('prefs', '1');", errors: [undeclared(1, 24)] },
    { code: 'localStorage.tracker = 1;', errors: [undeclared(1, 14)] },
    { code: "globalThis.localStorage['tracker'] = 1;", errors: [undeclared(1, 25)] },
    { code: "const store = self.sessionStorage;\nstore.setItem('tracker', '1');", errors: [undeclared(2, 15)] },
    { code: "localStorage.setItem(`trk:${id}`, '1');", errors: [{ messageId: 'undeclaredStoragePattern', line: 1, column: 22 }] },
    { code: "window.indexedDB.open('tracker-db', 1);", errors: [undeclared(1, 23)] },
    // a reopen that stores a record, or handles the upgrade that creates the stores
    { code: "function save(value) {\n  const request = indexedDB.open('tracker-db');\n  request.onsuccess = () => request.result.transaction('kv', 'readwrite').objectStore('kv').put(value, 'k');\n}", errors: [undeclared(2, 34)] },
    { code: "const request = indexedDB.open('tracker-db');\nrequest.onupgradeneeded = () => request.result.createObjectStore('kv');", errors: [undeclared(1, 32)] },
    { code: "import { openDB } from 'idb'; openDB('tracker-db', 1);", errors: [undeclared(1, 38)] },
    { code: "import { Dexie } from 'dexie'; new Dexie('tracker-db');", errors: [undeclared(1, 42)] },
    { code: "import localforage from 'localforage'; localforage.setItem('tracker', 1);", errors: [undeclared(1, 60)] },
    { code: "import localforage from 'localforage'; localforage.createInstance({ storeName: 'x' });", errors: [undeclared(1, 67)] },
    { code: "import { set } from 'idb-keyval'; set('tracker', 1);", errors: [undeclared(1, 39)] },
    { code: "import { create } from 'zustand'; import { persist } from 'zustand/middleware'; create(persist(() => ({}), { name: 'tracker' }));", errors: [undeclared(1, 116)] },
    {
      code: "import { persistReducer } from 'redux-persist'; persistReducer({ key: 'user', storage }, reducer);",
      errors: [{ ...undeclared(1, 71), data: { what: 'localStorage key', name: 'persist:user', quoted: "'persist:user'", storage: 'localStorage', policy: POLICY } }],
    },
  ],
});
