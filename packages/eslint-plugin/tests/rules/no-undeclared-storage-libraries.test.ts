// The storage libraries of issue 10: VueUse, React hooks, jotai, pinia-plugin-persistedstate,
// svelte-persisted-store, idb-keyval, y-indexeddb, Dexie subclasses, localforage instances, and
// classes declared in settings. Each write has its storage kind (some calls choose it) and the
// message calls the name what it is. The fixture policy declares `prefs`, `cache:*` and
// `persist:root` in localStorage, `draft` in sessionStorage, `app-db` in IndexedDB.
import rule from '../../src/rules/no-undeclared-storage.js';
import { relative } from 'node:path';
import { SETTINGS, createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
// The rule tester lints from the file system root: messages name the policy relative to it.
const POLICY = relative('/', fixture('cookies.ts'));
const undeclared = (line: number, column: number) => ({ messageId: 'undeclaredStorage' as const, line, column });
const data = (name: string, storage: string) => ({ name, quoted: `'${name}'`, storage, policy: POLICY });
const NUXT_FILE = fixture('nuxt-app', 'composables', 'prefs.ts');
const NUXT_CONFIG = fixture('nuxt-app', 'nuxt.config.ts');
const TSX_FILE = fixture('react.tsx');
const CONSTRUCTOR_SETTINGS = {
  'cookie-ledger': {
    ...SETTINGS['cookie-ledger'],
    sinks: [{ module: fixture('stores.ts'), export: 'IndexedDBStore', constructs: true, storage: 'indexedDB' }],
  },
};

ruleTester.run('no-undeclared-storage', rule, {
  valid: [
    // ahooks' state hooks only read until their setter is taken
    "import { useLocalStorageState } from 'ahooks';\nexport const [theme] = useLocalStorageState('tracker', { defaultValue: 'light' });",
    // @solid-primitives/storage under declared names; Artplayer's item moved by no option
    "import { makePersisted } from '@solid-primitives/storage';\nexport const [prefs, setPrefs] = makePersisted(createSignal(1), { name: 'prefs' });",
    "import { createStorageSignal } from '@solid-primitives/storage';\nexport const [draft] = createStorageSignal('draft', '', { api: sessionStorage });",
    // unstorage: its memory driver (the default) and server drivers keep nothing in the browser; a declared prefix
    "import { createStorage } from 'unstorage';\nconst memory = createStorage();\nawait memory.setItem('tracker', 1);",
    "import { createStorage } from 'unstorage';\nimport fsDriver from 'unstorage/drivers/fs';\nawait createStorage({ driver: fsDriver({ base: './data' }) }).setItem('tracker', 1);",
    "import { createStorage, prefixStorage } from 'unstorage';\nimport localStorageDriver from 'unstorage/drivers/localstorage';\nconst cache = prefixStorage(createStorage({ driver: localStorageDriver({ base: 'cache' }) }), 'answers');\nawait cache.setItem(id, v);",
    // i18next without the language detector caches nothing
    "import i18next from 'i18next';\nimport LanguageDetector from 'i18next-browser-languagedetector';\ni18next.use(initReactI18next).init({ fallbackLng: 'en' });",
    // ... nor the detector told to cache nowhere, or only in a cookie (no-undeclared-cookie's)
    "import i18next from 'i18next';\nimport LanguageDetector from 'i18next-browser-languagedetector';\ni18next.use(LanguageDetector).init({ detection: { caches: [] } });",
    "import i18next from 'i18next';\nimport LanguageDetector from 'i18next-browser-languagedetector';\ni18next.use(LanguageDetector).init({ detection: { caches: ['cookie'] } });",
    // a nuxt.config without colorMode says nothing of the module; with `storage: 'cookie'` it is no-undeclared-cookie's
    { code: "export default defineNuxtConfig({ ssr: false });", filename: NUXT_CONFIG },
    { code: "export default defineNuxtConfig({ colorMode: { storage: 'cookie' } });", filename: NUXT_CONFIG },
    "import { useLocalStorage, useSessionStorage, useStorage } from '@vueuse/core'; useLocalStorage('prefs', {}); useSessionStorage('draft', ''); useStorage('draft', '', sessionStorage); useStorage('prefs', {});",
    // supabase-js under a declared key, in a declared storage, or keeping nothing
    "import { createClient } from '@supabase/supabase-js'; createClient(url, key, { auth: { storageKey: 'prefs' } }); createClient(url, key, { auth: { storageKey: 'draft', storage: sessionStorage } });",
    "import { createClient } from '@supabase/supabase-js'; createClient(url, key, { auth: { persistSession: false } });",
    // useDark/useColorMode under a declared key, in a declared storage, or storing nothing
    // VueUse with `writeDefaults: false` writes when the ref is assigned: a `.value` only read writes nothing, through a helper too (Piped's getPreferenceBoolean)
    "import { useLocalStorage } from '@vueuse/core';\nconst on = useLocalStorage('tracker', false, { writeDefaults: false }).value;",
    // ... as does a ref without a default (VueUse stores a default only when there is one), only read or set to null
    "import { useStorage, useSessionStorage } from '@vueuse/core';\nconst draft = useStorage('tracker').value;\nconst timer = useSessionStorage('tracker', null).value;\nuseStorage('tracker').value = null;",
    // ... also held in a const that every use reads (owncloud's AppBanner: `unref(closed)`, `closed.value` in a condition)
    "import { unref } from 'vue';\nimport { useSessionStorage } from '@vueuse/core';\nconst closed = useSessionStorage('tracker', null);\nconst visible = unref(closed) === null;\nif (closed.value) go(closed.value);",
    "import { useLocalStorage } from '@vueuse/core';\nconst usePref = (key: string) => useLocalStorage(key, false, { writeDefaults: false });\nconst read = (key: string) => usePref(key).value;\nconst on = read('tracker');",
    "import { useDark, useColorMode } from '@vueuse/core'; useDark({ storageKey: 'prefs' }); useColorMode({ storageKey: 'draft', storage: sessionStorage }); useDark({ storageKey: null });",
    { code: "useLocalStorage('prefs', {}); useSessionStorage('draft', '');", filename: NUXT_FILE },
    "import { useLocalStorage, useSessionStorage } from 'usehooks-ts'; useLocalStorage('prefs', {}); useSessionStorage('draft', '');",
    "import useLocalStorage from 'react-use/esm/useLocalStorage'; useLocalStorage('prefs', {});",
    "import { useLocalStorage } from '@mantine/hooks'; useLocalStorage({ key: 'prefs', defaultValue: {} });",
    "import { atomWithStorage, createJSONStorage } from 'jotai/utils'; atomWithStorage('prefs', {}); atomWithStorage('draft', '', createJSONStorage(() => sessionStorage));",
    // a storage of the app's own whose setItem writes none of the four (chatbox's electron-store over IPC)
    "import { atomWithStorage } from 'jotai/utils';\nclass IpcStorage { async setItem(key: string, value: unknown) { await ipc.invoke('set', key, value); } getItem() { return null; } removeItem() {} }\nconst storage = new IpcStorage();\nexport const settings = atomWithStorage('tracker', {}, storage);",
    "import { defineStore } from 'pinia'; defineStore('prefs', { state: () => ({}), persist: true }); defineStore('x', () => ({}), { persist: { key: 'draft', storage: sessionStorage } });",
    "import { persisted } from 'svelte-persisted-store'; persisted('prefs', {}); persisted('draft', '', { storage: 'session' });",
    "import { setMany, update, createStore } from 'idb-keyval'; setMany([['app-db', 1]]); update('app-db', (v) => v); createStore('app-db', 'keyval');",
    "import { IndexeddbPersistence } from 'y-indexeddb'; new IndexeddbPersistence('app-db', ydoc);",
    "import Dexie from 'dexie'; class AppDB extends Dexie { constructor() { super('app-db'); } }",
    "import { offline } from './offline-store.js'; offline.setItem('app-db', 1);",
    // look-alikes: a local function, an unimported name outside a Nuxt project, another package's
    // `persisted`, a Map, a store without `persist`, a class extending something else, reads
    "function useLocalStorage(key: string, value: unknown) { return value; } useLocalStorage('tracker', 0);",
    "useLocalStorage('tracker', 0); useSessionStorage('tracker', 0);",
    // Nuxt's server code has its own \`useStorage\` (Nitro): VueUse's is matched only when imported
    { code: "useStorage('tracker');", filename: NUXT_FILE },
    "import { persisted } from 'other-store'; persisted('tracker', 0);",
    "const cache = new Map(); cache.set('tracker', 1); cache.update?.('tracker');",
    "import { defineStore } from 'pinia'; defineStore('cart', { state: () => ({}) }); defineStore('cart', { persist: false });",
    "class Base { constructor(public name: string) {} } class Tracker extends Base { constructor() { super('tracker-db'); } }",
    "import { get, del, getMany } from 'idb-keyval'; get('tracker'); del('tracker'); getMany(['tracker']);",
    // in a Nuxt project the plugin keeps stores in cookies: no-undeclared-cookie's
    { code: "import { defineStore } from 'pinia'; defineStore('tracker', { persist: true });", filename: NUXT_FILE },
  ],
  invalid: [
    // a ref without a default held in a const is written when its `.value` is assigned, or when it is handed on
    { code: "import { useStorage } from '@vueuse/core';\nconst draft = useStorage('tracker');\nif (!draft.value) draft.value = 'x';", errors: [undeclared(2, 26)] },
    { code: "import { useStorage } from '@vueuse/core';\nconst draft = useStorage('tracker');\nexport const use = () => ({ draft });", errors: [undeclared(2, 26)] },
    // @welshman/store's synced and sync with its localStorage provider (coracle)
    {
      code: "import { localStorageProvider, sync, synced } from '@welshman/store';\nexport const theme = synced({ key: 'tracker', defaultValue: 'dark', storage: localStorageProvider });\nsync({ key: 'tracker2', store: theme, storage: localStorageProvider });",
      errors: [
        { ...undeclared(2, 36), data: { ...data('tracker', 'localStorage'), what: 'localStorage key' } },
        { ...undeclared(3, 13), data: { ...data('tracker2', 'localStorage'), what: 'localStorage key' } },
      ],
    },
    // Excalidraw's editor keeps its dialogs' input
    {
      code: "import { Excalidraw } from '@excalidraw/excalidraw';\nexport const Board = () => <Excalidraw theme=\"dark\" />;",
      filename: TSX_FILE,
      errors: [
        { ...undeclared(2, 29), data: { ...data('mermaid-to-excalidraw', 'localStorage'), what: 'localStorage key' } },
        { ...undeclared(2, 29), data: { ...data('publish-library-data', 'localStorage'), what: 'localStorage key' } },
      ],
    },
    // @solid-primitives/storage: makePersisted's name (default `storage-<id>`) and storage, createStorageSignal, createLocalStorage's setter
    {
      code:
        "import { createLocalStorage, createStorageSignal, makePersisted } from '@solid-primitives/storage';\n" +
        "export const [a, setA] = makePersisted(createSignal(1), { name: 'tracker', storage: sessionStorage });\n" +
        "export const [b, setB] = makePersisted(createSignal(1));\n" +
        "export const [c] = createStorageSignal('tracker', true);\n" +
        "const [local, setLocal] = createLocalStorage();\nsetLocal('tracker', '1');",
      errors: [
        { ...undeclared(2, 65), data: { ...data('tracker', 'sessionStorage'), what: 'sessionStorage key' } },
        { messageId: 'undeclaredStoragePattern' as const, line: 3, column: 26 },
        { ...undeclared(4, 40), data: { ...data('tracker', 'localStorage'), what: 'localStorage key' } },
        { ...undeclared(6, 10), data: { ...data('tracker', 'localStorage'), what: 'localStorage key' } },
      ],
    },
    // Artplayer's and APlayer's settings items, at the player's options
    {
      code: "import Artplayer from 'artplayer';\nimport APlayer from 'aplayer';\nnew Artplayer({ container, url });\nnew APlayer({ container, storageName: 'tracker' });",
      errors: [
        { ...undeclared(3, 15), data: { ...data('artplayer_settings', 'localStorage'), what: 'localStorage key' } },
        { ...undeclared(4, 39), data: { ...data('tracker', 'localStorage'), what: 'localStorage key' } },
      ],
    },
    // unstorage with a browser driver: every base before the normalised key (papra's demo mode), across prefixStorage wrappers
    {
      code:
        "import { createStorage, prefixStorage } from 'unstorage';\nimport localStorageDriver from 'unstorage/drivers/localstorage';\nimport sessionDriver from 'unstorage/drivers/session-storage';\n" +
        "const storage = createStorage({ driver: localStorageDriver({ base: 'demo:' }) });\nexport const docs = prefixStorage(storage, 'documents');\n" +
        "await storage.setItem('a/tracker', 1);\nawait docs.setItems([{ key: 'tracker', value: 1 }]);\nawait createStorage({ driver: sessionDriver({}) }).setItemRaw('tracker', 1);",
      errors: [
        { ...undeclared(6, 23), data: { ...data('demo:a:tracker', 'localStorage'), what: 'localStorage key' } },
        { ...undeclared(7, 29), data: { ...data('demo:documents:tracker', 'localStorage'), what: 'localStorage key' } },
        { ...undeclared(8, 63), data: { ...data('tracker', 'sessionStorage'), what: 'sessionStorage key' } },
      ],
    },
    {
      code: "import { createStorage, prefixStorage } from 'unstorage';\nimport localStorageDriver from 'unstorage/drivers/localstorage';\nconst docs = prefixStorage(createStorage({ driver: localStorageDriver({ base: 'demo' }) }), 'documents');\nawait docs.setItem(`${org}:${id}`, doc);",
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 4, column: 20 }],
    },
    // i18next-browser-languagedetector: among i18next's plugins, or its own instance
    {
      code: "import i18next from 'i18next';\nimport LanguageDetector from 'i18next-browser-languagedetector';\ni18next.use(LanguageDetector).use(initReactI18next).init({ fallbackLng: 'en' });",
      errors: [{ ...undeclared(3, 58), data: { ...data('i18nextLng', 'localStorage'), what: 'localStorage key' } }],
    },
    { code: "import i18next from 'i18next';\nimport Detector from 'i18next-browser-languagedetector';\ni18next.use(plugin).use(Detector).init({ detection: { lookupLocalStorage: 'tracker' } });", errors: [undeclared(3, 75)] },
    // `caches` lists where the language is kept: sessionStorage under lookupSessionStorage too
    {
      code: "import i18next from 'i18next';\nimport Detector from 'i18next-browser-languagedetector';\ni18next.use(Detector).init({ detection: { caches: ['localStorage', 'sessionStorage', 'cookie'], lookupLocalStorage: 'tracker', lookupSessionStorage: 'tracker_b' } });",
      errors: [undeclared(3, 117), { ...undeclared(3, 150), data: { ...data('tracker_b', 'sessionStorage'), what: 'sessionStorage key' } }],
    },
    { code: "import LanguageDetector from 'i18next-browser-languagedetector';\nexport const detector = new LanguageDetector();\ndetector.init({ languageUtils: {} });", errors: [{ ...undeclared(3, 1), data: { ...data('i18nextLng', 'localStorage'), what: 'localStorage key' } }] },
    // @nuxtjs/color-mode, configured in nuxt.config: its default key, or `storageKey`
    { code: "export default defineNuxtConfig({\n  colorMode: { classSuffix: '' },\n});", filename: NUXT_CONFIG, errors: [{ ...undeclared(2, 14), data: { ...data('nuxt-color-mode', 'localStorage'), what: 'localStorage key' } }] },
    { code: "export default defineNuxtConfig({ colorMode: { storageKey: 'tracker', storage: 'sessionStorage' } });", filename: NUXT_CONFIG, errors: [{ ...undeclared(1, 60), data: { ...data('tracker', 'sessionStorage'), what: 'sessionStorage key' } }] },
    // VueUse: the kind comes from the function, or from useStorage's third argument (an unknown storage is taken as localStorage)
    // supabase-js keeps its session under sb-<project>-auth-token
    {
      code: "import { createClient } from '@supabase/supabase-js';\nexport const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);",
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 2, column: 25 }],
    },
    // useDark() and useColorMode() keep the scheme under VueUse's default key
    // ... but an assigned `.value`, or a ref kept, writes (or may)
    {
      code: "import { useLocalStorage } from '@vueuse/core';\nconst usePref = (key: string) => useLocalStorage(key, false, { writeDefaults: false });\nusePref('tracker').value = true;\nexport const kept = usePref('tracker');",
      errors: [{ ...undeclared(3, 9), data: { ...data('tracker', 'localStorage'), what: 'localStorage key' } }, { ...undeclared(4, 29), data: { ...data('tracker', 'localStorage'), what: 'localStorage key' } }],
    },
    {
      code: "import { useDark, useColorMode } from '@vueuse/core';\nconst isDark = useDark();\nconst mode = useColorMode({ selector: 'html' });",
      errors: [
        { ...undeclared(2, 16), data: { ...data('vueuse-color-scheme', 'localStorage'), what: 'localStorage key' } },
        { ...undeclared(3, 27), data: { ...data('vueuse-color-scheme', 'localStorage'), what: 'localStorage key' } },
      ],
    },
    { code: "import { useLocalStorage, useSessionStorage, useStorage } from '@vueuse/core'; useLocalStorage('tracker', 0);", errors: [{ ...undeclared(1, 96), data: { ...data('tracker', 'localStorage'), what: 'localStorage key' } }] },
    { code: "import { useLocalStorage, useSessionStorage, useStorage } from '@vueuse/core'; useSessionStorage('prefs', {});", errors: [{ ...undeclared(1, 98), data: { ...data('prefs', 'sessionStorage'), what: 'sessionStorage key' } }] },
    { code: "import { useLocalStorage, useSessionStorage, useStorage } from '@vueuse/core'; useStorage('prefs', {}, sessionStorage);", errors: [{ ...undeclared(1, 91), data: { ...data('prefs', 'sessionStorage'), what: 'sessionStorage key' } }] },
    { code: "import { useLocalStorage, useSessionStorage, useStorage } from '@vueuse/core'; useStorage('draft', '', window.localStorage);", errors: [{ ...undeclared(1, 91), data: { ...data('draft', 'localStorage'), what: 'localStorage key' } }] },
    { code: "import { useLocalStorage, useSessionStorage, useStorage } from '@vueuse/core'; useStorage('draft', '', customStorage);", errors: [{ ...undeclared(1, 91), data: { ...data('draft', 'localStorage'), what: 'localStorage key' } }] },
    // auto-imported in a Nuxt project (its package.json lists nuxt)
    { code: "useSessionStorage('prefs', {});", filename: NUXT_FILE, errors: [{ ...undeclared(1, 19), data: { ...data('prefs', 'sessionStorage'), what: 'sessionStorage key' } }] },
    { code: "import { useSessionStorage } from 'usehooks-ts'; useSessionStorage('prefs', {});", errors: [{ ...undeclared(1, 68), data: { ...data('prefs', 'sessionStorage'), what: 'sessionStorage key' } }] },
    { code: "import { useLocalStorage } from 'usehooks-ts'; useLocalStorage('draft', '');", errors: [{ ...undeclared(1, 64), data: { ...data('draft', 'localStorage'), what: 'localStorage key' } }] },
    { code: "import useSessionStorage from 'react-use/lib/useSessionStorage'; useSessionStorage('prefs', {});", errors: [{ ...undeclared(1, 84), data: { ...data('prefs', 'sessionStorage'), what: 'sessionStorage key' } }] },
    { code: "import { useLocalStorage } from 'react-use'; useLocalStorage('tracker');", errors: [undeclared(1, 62)] },
    // ahooks: written by the setter each state hook returns
    { code: "import { useLocalStorageState, useSessionStorageState } from 'ahooks';\nconst [theme, setTheme] = useLocalStorageState('tracker', { defaultValue: 'light' });\nconst [, setDraft] = useSessionStorageState('prefs');", errors: [{ ...undeclared(2, 48), data: { ...data('tracker', 'localStorage'), what: 'localStorage key' } }, { ...undeclared(3, 45), data: { ...data('prefs', 'sessionStorage'), what: 'sessionStorage key' } }] },
    { code: "import { useLocalStorage } from '@uidotdev/usehooks'; useLocalStorage('draft', '');", errors: [{ ...undeclared(1, 71), data: { ...data('draft', 'localStorage'), what: 'localStorage key' } }] },
    { code: "import { useLocalStorage } from '@mantine/hooks'; useLocalStorage({ key: 'tracker', defaultValue: 0 });", errors: [undeclared(1, 74)] },
    { code: "import { useSessionStorage } from '@mantine/hooks'; useSessionStorage({ key: 'prefs' });", errors: [{ ...undeclared(1, 78), data: { ...data('prefs', 'sessionStorage'), what: 'sessionStorage key' } }] },
    // jotai: localStorage unless createJSONStorage(() => sessionStorage)
    { code: "import { atomWithStorage, createJSONStorage } from 'jotai/utils'; atomWithStorage('prefs', {}, createJSONStorage(() => sessionStorage));", errors: [{ ...undeclared(1, 83), data: { ...data('prefs', 'sessionStorage'), what: 'sessionStorage key' } }] },
    { code: "import { atomWithStorage } from 'jotai/utils'; atomWithStorage('draft', '');", errors: [{ ...undeclared(1, 64), data: { ...data('draft', 'localStorage'), what: 'localStorage key' } }] },
    // ... and one whose setItem writes localStorage: the library's items are there
    {
      code: "import { atomWithStorage } from 'jotai/utils';\nclass LocalStore { setItem(key: string, value: unknown) { localStorage.setItem(key, JSON.stringify(value)); } getItem() { return null; } removeItem() {} }\nexport const settings = atomWithStorage('tracker', {}, new LocalStore());",
      errors: [{ ...undeclared(3, 41), data: { ...data('tracker', 'localStorage'), what: 'localStorage key' } }],
    },
    // pinia-plugin-persistedstate: the store id, or persist.key, in the chosen storage
    { code: "import { defineStore } from 'pinia'; defineStore('cart', { state: () => ({ items: [] }), persist: true });", errors: [{ ...undeclared(1, 50), data: { ...data('cart', 'localStorage'), what: 'localStorage key' } }] },
    // Pinia's object form, `defineStore({ id, persist })`, and persistence options a project function makes (1Panel's piniaPersistConfig)
    {
      code:
        "import { defineStore } from 'pinia';\nconst persistConfig = (key: string) => { const persist = { key, storage: window.sessionStorage }; return persist; };\n" +
        "defineStore({ id: 'cart', persist: true });\ndefineStore({ id: 'menu', persist: persistConfig('tracker') });",
      errors: [
        { ...undeclared(3, 19), data: { ...data('cart', 'localStorage'), what: 'localStorage key' } },
        { ...undeclared(4, 36), data: { ...data('tracker', 'sessionStorage'), what: 'sessionStorage key' } },
      ],
    },
    { code: "import { defineStore } from 'pinia'; defineStore('cart', () => ({}), { persist: { storage: sessionStorage } });", errors: [{ ...undeclared(1, 50), data: { ...data('cart', 'sessionStorage'), what: 'sessionStorage key' } }] },
    { code: "import { defineStore } from 'pinia'; defineStore('cart', { persist: [{ key: 'cart-items', pick: ['items'] }, { key: 'draft', storage: sessionStorage }] });", errors: [{ ...undeclared(1, 77), data: { ...data('cart-items', 'localStorage'), what: 'localStorage key' } }] },
    { code: "import { defineStore } from 'pinia'; defineStore('cart', { persist: { storage: piniaPluginPersistedstate.localStorage() } });", filename: fixture('nuxt-app', 'stores', 'cart.ts'), errors: [{ ...undeclared(1, 50), data: { ...data('cart', 'localStorage'), what: 'localStorage key' } }] },
    { code: "import { persisted } from 'svelte-persisted-store'; persisted('prefs', {}, { storage: 'session' });", errors: [{ ...undeclared(1, 63), data: { ...data('prefs', 'sessionStorage'), what: 'sessionStorage key' } }] },
    { code: "import { persisted } from 'svelte-persisted-store'; persisted('tracker', 0);", errors: [undeclared(1, 63)] },
    { code: "import { create } from 'zustand'; import { persist, createJSONStorage } from 'zustand/middleware'; create(persist(() => ({}), { name: 'prefs', storage: createJSONStorage(() => sessionStorage) }));", errors: [{ ...undeclared(1, 135), data: { ...data('prefs', 'sessionStorage'), what: 'sessionStorage key' } }] },
    // idb-keyval writes keys; createStore names a database
    { code: "import { setMany } from 'idb-keyval'; setMany([['tracker', 1], ['app-db', 2], ['other', 3]]);", errors: [{ ...undeclared(1, 49), data: { ...data('tracker', 'indexedDB'), what: 'IndexedDB key' } }, undeclared(1, 80)] },
    // through the namespace of a project module that hands the functions on (a removal is not a write)
    { code: "import * as store from './wrappers/keyStore';\nstore.set('tracker', 1);\nstore.del('other');", errors: [{ ...undeclared(2, 11), data: { ...data('tracker', 'indexedDB'), what: 'IndexedDB key' } }] },
    { code: "import { update } from 'idb-keyval'; update('tracker', (n) => (n ?? 0) + 1);", errors: [{ ...undeclared(1, 45), data: { ...data('tracker', 'indexedDB'), what: 'IndexedDB key' } }] },
    { code: "import { createStore } from 'idb-keyval'; createStore('tracker-db', 'keyval');", errors: [{ ...undeclared(1, 55), data: { ...data('tracker-db', 'indexedDB'), what: 'IndexedDB database name' } }] },
    { code: "import { useIDBKeyval } from '@vueuse/integrations/useIDBKeyval'; useIDBKeyval('tracker', 0);", errors: [{ ...undeclared(1, 80), data: { ...data('tracker', 'indexedDB'), what: 'IndexedDB key' } }] },
    { code: "import { IndexeddbPersistence } from 'y-indexeddb'; new IndexeddbPersistence('doc-1', ydoc);", errors: [{ ...undeclared(1, 78), data: { ...data('doc-1', 'indexedDB'), what: 'IndexedDB database name' } }] },
    // a Dexie subclass names its database in super(...)
    { code: "import Dexie from 'dexie';\nclass TrackerDB extends Dexie {\n  constructor() {\n    super('tracker-db');\n  }\n}", errors: [{ ...undeclared(4, 11), data: { ...data('tracker-db', 'indexedDB'), what: 'IndexedDB database name' } }] },
    // a subclass whose constructor passes its parameter on is a wrapper: the `new` names the database
    { code: "import { Dexie } from 'dexie'; class DB extends Dexie { constructor(name: string) { super(`tracker-${name}`); } } new DB('x');", errors: [{ messageId: 'undeclaredStorage' as const, line: 1, column: 122 }] },
    // @nextcloud/browser-storage: the builder's chain picks the storage and the text before each key, the scope in base64,
    // here or kept in a class field (memories' StaticConfig)
    {
      code: "import { getBuilder } from '@nextcloud/browser-storage';\nconst store = getBuilder('memories').clearOnLogout().persist().build();\nstore.setItem('timeline_path', '/');\ngetBuilder('core').build().setItem('tracker', '1');\nclass Config { private storage = getBuilder('memories').persist().build(); set(key: string) { this.storage.setItem(`memories_${key}`, '1'); } }\nnew Config().set('theme');",
      errors: [
        { ...undeclared(3, 15), data: { ...data('nextcloud_vol_bWVtb3JpZXM=_timeline_path', 'localStorage'), what: 'localStorage key' } },
        { ...undeclared(4, 36), data: { ...data('nextcloud_per_Y29yZQ==_tracker', 'sessionStorage'), what: 'sessionStorage key' } },
        { ...undeclared(6, 18), data: { ...data('nextcloud_per_bWVtb3JpZXM=_memories_theme', 'localStorage'), what: 'localStorage key' } },
      ],
    },
    // a name known only in part, in a storage whose description starts with a vowel: "An IndexedDB key ..."
    {
      code: "import localforage from 'localforage';\ndeclare const id: string;\nlocalforage.setItem(`tabdata_${id}`, 1);",
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 3, column: 21, data: { shown: 'tabdata_…', pattern: 'tabdata_*', quotedPattern: "'tabdata_*'", storage: 'indexedDB', policy: POLICY, what: 'IndexedDB key', article: 'An' } }],
    },
    // a localforage instance in a variable, or exported by another project file
    { code: "import localforage from 'localforage'; const store = localforage.createInstance({ name: 'app-db' }); store.setItem('tracker', 1);", errors: [{ ...undeclared(1, 116), data: { ...data('tracker', 'indexedDB'), what: 'IndexedDB key' } }] },
    { code: "import { offline } from './offline-store.js'; offline.setItem('tracker', 1);", errors: [{ ...undeclared(1, 63), data: { ...data('tracker', 'indexedDB'), what: 'IndexedDB key' } }] },
    { code: "import localforage from 'localforage'; localforage.createInstance({ name: 'offline' });", errors: [{ ...undeclared(1, 75), data: { ...data('offline', 'indexedDB'), what: 'IndexedDB database name' } }] },
    // a class declared in settings with constructs: true
    { code: "import { IndexedDBStore } from './stores.js'; new IndexedDBStore('tracker-db'); IndexedDBStore('not-constructed');", settings: CONSTRUCTOR_SETTINGS, errors: [{ ...undeclared(1, 66), data: { ...data('tracker-db', 'indexedDB'), what: 'IndexedDB name' } }] },
  ],
});
