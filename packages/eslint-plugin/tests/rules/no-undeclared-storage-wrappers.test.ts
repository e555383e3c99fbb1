// Writes through the app's own helpers, inferred with no settings: in the same file and in the
// fixture modules under fixtures/wrappers/ (imported from fixtures/file.ts, where cases are linted).
import { relative } from 'node:path';
import rule from '../../src/rules/no-undeclared-storage.js';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
const undeclared = (line: number, column: number) => ({ messageId: 'undeclaredStorage' as const, line, column });
// The rule tester lints from the file system root: messages name the policy relative to it.
const POLICY = relative('/', fixture('cookies.ts'));
// A page of fixtures/vite-app, whose `@` alias only its vite.config.js declares.
const VITE_PAGE = fixture('vite-app', 'src', 'pages', 'page.js');
// A page of fixtures/webpack-app, whose `lib/...` and `@shared/...` imports only its webpack config resolves.
const WEBPACK_PAGE = fixture('webpack-app', 'src', 'pages', 'page.js');
// A classic script of fixtures/classic-scripts, whose utils.js defines `utils` and `saveTableState` as globals.
const CLASSIC_PAGE = fixture('classic-scripts', 'page.js');
// A page of fixtures/nuxt-app: its composables and utils are auto-imported, `~/` is its source folder.
const NUXT_PAGE = fixture('nuxt-app', 'pages', 'index.ts');
const TSX_FILE = fixture('react.tsx');
// A helper that keeps whichever storage the browser allows in a `let` (NextChat's safeLocalStorage).
const SAFE_STORAGE =
  'function safeLocalStorage() { let storage: Storage | null; try { storage = window.localStorage; } catch { storage = null; }\n' +
  '  return { setItem(key: string, value: string): void { if (storage) storage.setItem(key, value); } }; }\n';

ruleTester.run('no-undeclared-storage (wrappers)', rule, {
  valid: [
    // a chain of helpers deeper than the rules follow (see the chain4 case below)
    "import { chain14 } from './wrappers/deepChain/chain14';\nchain14('tracker');",
    // an element whose props give no known text adds nothing to the editor's own pattern
    { code: "import { Input } from './wrappers/editor/Input';\nexport const Field = ({ field }) => <Input label={field.label} stateKey={field.key} />;", filename: TSX_FILE },
    // a class given a declared name: nothing inside it or at `new` is reported
    "class Tracker {\n  constructor(options) { this.options = options; }\n  track(item) { localStorage.setItem(this.options.key, item); }\n}\nnew Tracker({ key: 'prefs' }).track('x');",
    "function writePref(key: string, v: unknown) { localStorage.setItem(key, JSON.stringify(v)); } writePref('prefs', 1);",
    "import { writePref } from './wrappers/prefs'; writePref('prefs', 1);",
    "import { useStoredState } from './wrappers/hooks'; useStoredState('prefs', 240);",
    // a classic script's globals are not a module's: this file imports, so `utils` is its own business
    { code: "import { format } from './labels.js';\nutils.saveTableState('tracker', format({}));", filename: CLASSIC_PAGE },
    { code: "utils.saveTableState('prefs', {});", filename: CLASSIC_PAGE },
    // a name upper- or lower-cased on its way (`'APP_' + key.toUpperCase()`), declared as it is stored
    "function save(key: string) { localStorage.setItem(key.toLowerCase().trim(), '1'); }\nsave(' PREFS ');",
    // ... nor a CommonJS module's
    { code: "const format = require('./labels.js');\nutils.saveTableState('tracker', format({}));", filename: CLASSIC_PAGE },
    // ... also through a hook that returns another hook's result as it is (suwayomi-webui's useLocalStorage over useStorage)
    "const useStored = (storage: Storage, key: string) => {\n  const setValue = (v: string) => { storage.setItem(key, v); };\n  return [storage.getItem(key), setValue] as const;\n};\nfunction useLocal(key: string) { return useStored(localStorage, key); }\nconst [value] = useLocal('tracker');",
    // a hook whose returned `toggle` writes, called by a component that only takes `shown` (koel's table rows)
    "const useColumns = (key: string) => {\n  const toggle = (v: string) => { localStorage.setItem(key, v); };\n  const shown = () => true;\n  return { shown, toggle };\n};\nconst { shown } = useColumns('tracker');",
    // a hook returning `[value, setValue]` whose setter is not taken (`const [isFirstRun] = useLocalStorage(...)`), the setter made by useEventCallback
    "const useStored = (key: string) => {\n  const setValue = useEventCallback((v: string) => { localStorage.setItem(key, v); });\n  return [localStorage.getItem(key), setValue] as const;\n};\nconst [isFirstRun] = useStored('tracker');",
    // the same with the setter made by useCallback and the result returned `as const` (plane's useLocalStorage)
    "import { useCallback } from 'react';\nconst useStored = (key: string) => {\n  const setValue = useCallback((v: string) => { localStorage.setItem(key, v); }, [key]);\n  return { storedValue: localStorage.getItem(key), setValue } as const;\n};\nconst { storedValue } = useStored('tracker');",
    // an undeclared `useStorage` outside a project that auto-imports VueUse is nobody's
    "export const size = useStorage('tracker', 2);",
    // a helper whose `switch` on its action writes only for 'set' (organizr's `local('g', key)`), called to read
    "function local(type: string, key: string, value?: string) {\n  switch (type) {\n    case 'set':\n    case 's':\n      localStorage.setItem(key, value ?? '');\n      break;\n    case 'get':\n      return localStorage.getItem(key);\n  }\n}\nlocal('get', 'tracker');",
    // a class given something that is no storage
    "class Clipboard {\n  constructor(storage, key) { this.key = key; this.storage = storage; }\n  save() { this.storage.setItem(this.key, '[]'); }\n}\nnew Clipboard(new Map(), 'tracker');",
    // `inject` of another package hands back nothing the rules know
    "import { inject } from 'vue';\nclass SettingsStorage { setSetting(key: string, v: string) { localStorage.setItem(key, v); } }\nclass A { settings = inject(SettingsStorage); f() { this.settings.setSetting('tracker', 'x'); } }",
    // a helper writing only when given a name, called without one (dashy's patchAppConfigField): no write
    "const patch = (state: object, value: string, storageKey?: string) => { if (storageKey) localStorage.setItem(storageKey, value); };\npatch({}, 'x');",
    // a function named like a sink that writes nothing
    "function set(key: string, v: unknown) { return [key, v]; } set('tracker', 1);",
    "const store = new Map(); const Prefs = { set(key: string) { store.set(key, 1); } }; Prefs.set('tracker');",
    // only the value comes from the caller: the name inside is checked where it is written, callers are not
    "import { saveDraft } from './wrappers/storage'; saveDraft('tracker');",
    // a storage argument that is no storage
    "import { save } from './wrappers/storage'; save(new Map() as never, 'tracker');",
    // `…-…` with its parts left empty (`-…`, `…-`, `-`) is one unreadable name, no-unresolved-cookie-name's to report
    "declare const user: string | undefined, draft: string; localStorage.setItem(`${user ?? ''}-${draft || ''}`, '1');",
    // a `let` given only things that are no storage
    "let store = new Map(); store = new Map(); store.set('tracker', 1);",
    // Nuxt's auto-imports are the app's own only in a Nuxt app
    "useUserLocalStorage('tracker', {});",
    { code: "useUserLocalStorage('prefs', {});", filename: NUXT_PAGE },
  ],
  invalid: [
    // options held in a constant of the file: the report sits on the property that names the item, once for every call passing it (dub's cookieData)
    {
      code: "function remember({ storageKey }: { storageKey: string }) { localStorage.setItem(storageKey, '1'); }\nconst options = {\n  storageKey: 'tracker',\n};\nremember(options);\nremember(options);",
      errors: [undeclared(3, 15)],
    },
    // a storage given in the options object, or left to the helper's default (papra's createPersistedSignal)
    {
      code: "function persisted(initial: string, { key, storage = window.localStorage }: { key: string; storage?: Storage }) {\n  const persist = (v: string) => storage.setItem(key, v);\n  return persist;\n}\npersisted('x', { key: 'tracker', storage: sessionStorage });\npersisted('x', { key: 'tracker2' });",
      errors: [{ ...undeclared(5, 23), data: { name: 'tracker', quoted: "'tracker'", storage: 'sessionStorage', policy: POLICY, what: 'sessionStorage key' } }, { ...undeclared(6, 23), data: { name: 'tracker2', quoted: "'tracker2'", storage: 'localStorage', policy: POLICY, what: 'localStorage key' } }],
    },
    {
      code: "function save(opts: { key: string; storage: Storage }) {\n  opts.storage.setItem(opts.key, '1');\n}\nsave({ key: 'tracker', storage: sessionStorage });",
      errors: [{ ...undeclared(4, 13), data: { name: 'tracker', quoted: "'tracker'", storage: 'sessionStorage', policy: POLICY, what: 'sessionStorage key' } }],
    },
    // a fixed key written to a destructured option's default storage, the options themselves defaulted
    // (temporal's `getNewsFeedClientId({ storage = newsFeedStorage } = {})`, its storage an object of the file)
    {
      code: "const feedStorage = { setItem: (key: string, value: string) => { window.localStorage.setItem(key, value); } };\nexport const getClientId = ({ storage = feedStorage }: { storage?: typeof feedStorage } = {}) => {\n  storage.setItem('tracker', '1');\n};\nexport const save = ({ storage = window.sessionStorage } = {}) => { storage.setItem('tracker', '1'); };",
      errors: [
        { ...undeclared(3, 19), data: { name: 'tracker', quoted: "'tracker'", storage: 'localStorage', policy: POLICY, what: 'localStorage key' } },
        { ...undeclared(5, 85), data: { name: 'tracker', quoted: "'tracker'", storage: 'sessionStorage', policy: POLICY, what: 'sessionStorage key' } },
      ],
    },
    // helpers that call each other in a cycle: the key their caller gives is written
    {
      code: "import { set } from 'idb-keyval';\nclass Scheduler {\n  setItem(key: string) { this.#schedule(key); }\n  #schedule(key: string) { setTimeout(() => void this.#perform(key), 10); }\n  async #perform(key: string) { await set(key, 'x'); this.#schedule(key); }\n}\nnew Scheduler().setItem('app-chats');",
      errors: [undeclared(7, 25)],
    },
    // a destructured parameter with a fallback for when it is missing (`repository ?? {}`, sveltia-cms)
    {
      code: "function open(repo?: { databaseName: string }) { const { databaseName } = repo ?? {}; localStorage.setItem(databaseName, '1'); }\nopen({ databaseName: 'tracker' });",
      errors: [undeclared(2, 22)],
    },
    // a helper that calls the function it is given with the name it was given (cinny's atomWithLocalStorage):
    // the name is the helper's caller's, written by the callback that caller passes
    {
      code: "const save = (key: string, v: unknown) => localStorage.setItem(key, JSON.stringify(v));\nfunction atomWithStorage(key: string, read: (k: string) => unknown, write: (k: string, v: unknown) => void) {\n  return { set: (v: unknown) => write(key, v) };\n}\nexport const rooms = atomWithStorage(\n  'rooms',\n  (k) => localStorage.getItem(k),\n  (k, v) => save(k, v),\n);",
      errors: [undeclared(6, 3)],
    },
    // a class whose constructor keeps its options, and whose method writes under them: `new` names the item (outline's FrequencyTracker)
    {
      code: "class Tracker {\n  constructor(options) { this.options = options; }\n  track(item) { localStorage.setItem(this.options.key, item); }\n}\nconst recent = new Tracker({ key: 'tracker' });\nrecent.track('x');",
      errors: [undeclared(5, 35)],
    },
    // ... or copies them onto itself whole, `Object.assign(this, args)` (blinko's StorageState)
    {
      code: "class StorageState {\n  key!: string;\n  constructor(args: Partial<StorageState>) { Object.assign(this, args); }\n  save(value: string) { window?.localStorage.setItem(this.key, value); }\n}\nexport const theme = new StorageState({ key: 'prefs' });\nexport const sidebar = new StorageState({ key: 'tracker' });",
      errors: [undeclared(7, 48)],
    },
    // a hook's methods made with React's useCallback, destructured from its result (logto's useSessionStorage)
    {
      code: "import { useCallback } from 'react';\nconst useStore = () => {\n  const set = useCallback((key: string, v: string) => { sessionStorage.setItem(`app:${key}`, v); }, []);\n  return { set };\n};\nconst { set } = useStore();\nset('tracker', '1');",
      errors: [undeclared(7, 5)],
    },
    // a method of the object a project function returns, called on the call's result (koel's `useLocalStorage().set(key, v)`)
    {
      code: "const useStore = () => ({ set: (key: string, v: string) => localStorage.setItem(`app:${key}`, v) });\nuseStore().set('tracker', '1');",
      errors: [undeclared(2, 16)],
    },
    // a class keeping the storage and the key its constructor is given (photoprism's Clipboard): `new` names both; `key ? key : d` is the key when given
    {
      code: "class Clipboard {\n  constructor(storage, key) { this.storageKey = key ? key : 'clipboard'; this.storage = storage; }\n  save() { this.storage.setItem(this.storageKey, '[]'); }\n}\nexport const clip = new Clipboard(window.localStorage, 'tracker');",
      errors: [undeclared(5, 56)],
    },
    // a wrapper imported through an alias that only vite.config's `resolve.alias` declares (Piped's `@/composables/...`)
    { code: "import { savePref } from '@/composables/prefs.js';\nsavePref('tracker', true);", filename: VITE_PAGE, errors: [undeclared(2, 10)] },
    // wrappers imported as webpack's `resolve.modules` and `resolve.alias` resolve them (parse-dashboard's `lib/ColumnPreferences`)
    {
      code: "import { savePref } from 'lib/prefs';\nimport { saveTheme } from '@shared/theme';\nsavePref('tracker', true);\nsaveTheme('tracker');",
      filename: WEBPACK_PAGE,
      errors: [{ messageId: 'undeclaredStorage' as const, line: 3, column: 10 }, undeclared(4, 11)],
    },
    // VueUse's composables auto-imported by unplugin-auto-import, as that vite.config lists them (icones)
    { code: "export const size = useStorage('tracker', 2);", filename: VITE_PAGE, errors: [undeclared(1, 32)] },
    // ... and pinia's defineStore, whose persisted store is named by its id (nginx-ui's stores)
    { code: "export const useTracker = defineStore('tracker', () => ({ seen: ref(0) }), { persist: true });", filename: VITE_PAGE, errors: [undeclared(1, 39)] },
    // ... and the project's own modules its `dirs` lists, called without an import (dozzle's useProfileStorage)
    { code: "savePref('tracker', true);", filename: VITE_PAGE, errors: [undeclared(1, 10)] },
    {
      code: "useProfileStorage('tracker', true);",
      filename: VITE_PAGE,
      errors: [{ ...undeclared(1, 19), data: { name: 'APP_TRACKER', quoted: "'APP_TRACKER'", storage: 'localStorage', policy: POLICY, what: 'localStorage key' } }],
    },
    // a classic script calling a global another script of its folder defines (pi-hole's utils.stateSaveCallback)
    { code: "/* global utils:false */\nutils.saveTableState('tracker', {});", filename: CLASSIC_PAGE, errors: [undeclared(2, 22)] },
    { code: "saveTableState('tracker', {});", filename: CLASSIC_PAGE, errors: [undeclared(1, 16)] },
    // ... a namespace's member another script hands out from a function run where it is written (qBittorrent's `window.qBittorrent.LocalPreferences`),
    // reached through `window.` or not, a class of it and a function of it; and a function given to a `let` placeholder (`let save = () => {}`)
    { code: "const prefs = new window.App.Prefs.LocalPreferences();\nprefs.set('tracker', '1');", filename: CLASSIC_PAGE, errors: [undeclared(2, 11)] },
    { code: "window.App.Prefs.saveSize('tracker');\nApp.Prefs.saveSize('tracker');", filename: CLASSIC_PAGE, errors: [undeclared(1, 27), undeclared(2, 20)] },
    { code: "saveWindowSize('tracker');", filename: CLASSIC_PAGE, errors: [undeclared(1, 16)] },
    // the same hook, called by a component that takes `toggle`, or whose result is kept whole
    { code: "const useColumns = (key: string) => {\n  const toggle = (v: string) => { localStorage.setItem(key, v); };\n  const shown = () => true;\n  return { shown, toggle };\n};\nconst { toggle } = useColumns('tracker');", errors: [undeclared(6, 31)] },
    { code: "const useStored = (storage: Storage, key: string) => {\n  const setValue = (v: string) => { storage.setItem(key, v); };\n  return [storage.getItem(key), setValue] as const;\n};\nconst useLocal = (key: string) => useStored(localStorage, key);\nconst [value, setValue] = useLocal('tracker');", errors: [undeclared(6, 36)] },
    { code: "const useStored = (key: string) => {\n  const setValue = useEventCallback((v: string) => { localStorage.setItem(key, v); });\n  return [localStorage.getItem(key), setValue] as const;\n};\nconst [value, setValue] = useStored('tracker');", errors: [undeclared(5, 37)] },
    { code: "const useColumns = (key: string) => {\n  const toggle = (v: string) => { localStorage.setItem(key, v); };\n  const shown = () => true;\n  return { shown, toggle };\n};\nconst columns = useColumns('tracker');", errors: [undeclared(6, 28)] },
    // a returned closure the hook also calls itself writes whatever the caller takes
    { code: "const useColumns = (key: string) => {\n  const toggle = (v: string) => { localStorage.setItem(key, v); };\n  toggle('initial');\n  return { toggle };\n};\nconst {} = useColumns('tracker');", errors: [undeclared(6, 23)] },
    // an object of functions declared beside it (`{ save }`, `export default { get, set }`): its methods are those functions
    { code: "function save(key: string, v: string) { localStorage.setItem(key, v); }\nconst Prefs = { save };\nPrefs.save('tracker', '1');", errors: [undeclared(3, 12)] },
    { code: "import localOptions from './wrappers/localOptions.js';\nlocalOptions.set('applyAutoLimit', true);", errors: [undeclared(2, 18)] },
    // ... and called to write, or with an action known only at run time
    { code: "function local(type: string, key: string, value?: string) {\n  switch (type) {\n    case 'set':\n    case 's':\n      localStorage.setItem(key, value ?? '');\n      break;\n    case 'get':\n      return localStorage.getItem(key);\n  }\n}\nlocal('s', 'tracker', '1');\nlocal(action, 'tracker');", errors: [undeclared(11, 12), undeclared(12, 15)] },
    // a service handed out by Angular's `inject(Service)` in a field: that class's method is the wrapper (ghostfolio's SettingsStorageService)
    {
      code: "import { inject } from '@angular/core';\nclass SettingsStorage {\n  setSetting(key: string, v: string) { window.localStorage.setItem(key, v); }\n}\nclass AuthGuard {\n  private readonly settings = inject(SettingsStorage);\n  canActivate() { this.settings.setSetting('utm_source', 'x'); }\n}",
      errors: [undeclared(7, 44)],
    },
    // a receiver declared with a project class (a parameter property, a parameter): that class's method is the wrapper
    {
      code: "class Prefs {\n  set(key: string, v: string) { localStorage.setItem(`app.${key}`, v); }\n}\nclass Colors {\n  constructor(private readonly prefs: Prefs) {}\n  save(v: string) { this.prefs.set('tracker', v); }\n}\nfunction store(prefs: Prefs) { prefs.set('recent', '1'); }",
      errors: [undeclared(6, 36), undeclared(8, 42)],
    },
    // a constructor parameter property with a prefix, a getter building a key: the key the constructor alone names is reported at `new`;
    // the one the method's parameter completes, at the method's call, with the prefix that `new` gave
    {
      code: "class Cache {\n  constructor(private namespace: string) {}\n  private get keysKey() { return `${this.namespace}:keys`; }\n  set(key: string, v: string) { sessionStorage.setItem(`${this.namespace}:${key}`, v); sessionStorage.setItem(this.keysKey, key); }\n}\nconst cache = new Cache('tracker');\ncache.set('a', '1');",
      errors: [undeclared(6, 25), { ...undeclared(7, 11), data: { name: 'tracker:a', quoted: "'tracker:a'", storage: 'sessionStorage', policy: POLICY, what: 'sessionStorage key' } }],
    },
    // ... a parameter property the constructor also assigns (`this.key = key`, noStrudel's PreferenceSubject): still the one parameter
    {
      code: "class Pref {\n  constructor(public key: string) { this.key = key; }\n  save(v: string) { localStorage.setItem(this.key, v); }\n}\nnew Pref('tracker');",
      errors: [undeclared(5, 10)],
    },
    // ... a method that keeps its parameter on `this` for the others (qBittorrent's DynamicTable `setup(id)`): its calls name what they write
    {
      code: "class Table {\n  setup(id, header) { this.id = id; this.header = header; }\n  sort(column) { localStorage.setItem(`sorted_column_${this.id}`, column); }\n}\nconst peers = new Table();\npeers.setup('peers', 'h');",
      errors: [{ ...undeclared(6, 13), data: { name: 'sorted_column_peers', quoted: "'sorted_column_peers'", storage: 'localStorage', policy: POLICY, what: 'localStorage key' } }],
    },
    // a key joined from the truthy parts of an array (owncloud's useRouteQueryPersisted): a part that may be empty drops out with its separator
    {
      code: "const keyOf = (o) => ['app', o.prefix, o.name].filter(Boolean).join('_');\nfunction persist(o) { localStorage.setItem(keyOf(o), '1'); }\npersist({ prefix: 'files', name: 'sort-by' });\npersist({ prefix: route.name, name: 'sort-dir' });",
      errors: [
        { ...undeclared(3, 19), data: { name: 'app_files_sort-by', quoted: "'app_files_sort-by'", storage: 'localStorage', policy: POLICY, what: 'localStorage key' } },
        { messageId: 'undeclaredStoragePattern', line: 4, column: 19, data: { article: 'A', what: 'localStorage key', shown: 'app_…sort-dir', pattern: 'app_*', quotedPattern: "'app_*'", storage: 'localStorage', policy: POLICY } },
      ],
    },
    // ... through a method calling another (hydrogen's SettingsStorage: `setInt(key)` calls `this._set(key)`), on an instance made right there
    {
      code: "class Settings {\n  constructor(prefix) { this._prefix = prefix; }\n  setInt(key, v) { this._set(key, v); }\n  _set(key, v) { localStorage.setItem(`${this._prefix}${key}`, v); }\n}\nnew Settings('app_').setInt('tracker', 1);",
      errors: [{ ...undeclared(6, 29), data: { name: 'app_tracker', quoted: "'app_tracker'", storage: 'localStorage', policy: POLICY, what: 'localStorage key' } }],
    },
    // a class given its storage by `new` (fixtures/wrappers/appStorage.ts): each method call writes the storage of the instance it runs on,
    // also through a copy of it and through a helper handed it typed as the class; `new` itself reports nothing
    {
      code: "import { AppStorage, type Storage } from './wrappers/appStorage';\nconst local = AppStorage.local;\nlocal.setItem('tracker', 1);\nfunction save(storage: Storage, key: string) { storage.setItem(key, 1); }\nsave(AppStorage.session, 'prefs');",
      errors: [
        { ...undeclared(3, 15), data: { name: 'app_tracker', quoted: "'app_tracker'", storage: 'localStorage', policy: POLICY, what: 'localStorage key' } },
        { ...undeclared(5, 26), data: { name: 'app_prefs', quoted: "'app_prefs'", storage: 'sessionStorage', policy: POLICY, what: 'sessionStorage key' } },
      ],
    },
    // ... but when the project makes it with different arguments, the prefix is not known (fixtures/wrappers/twoStores.ts)
    {
      code: "import type { PrefixedStore } from './wrappers/twoStores';\nexport function remember(store: PrefixedStore) { store.set('tracker', '1'); }",
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 2, column: 60 }],
    },
    // ... on an instance handed around as a typed parameter: the one `new` the project makes of the class (in fixtures/wrappers/settingsStorage.ts) gives the prefix
    {
      code: "import type { SettingsStorage } from './wrappers/settingsStorage';\nexport function remember(store: SettingsStorage) { store.setString('tracker', '1'); }",
      errors: [{ ...undeclared(2, 68), data: { name: 'app_setting_tracker', quoted: "'app_setting_tracker'", storage: 'localStorage', policy: POLICY, what: 'localStorage key' } }],
    },
    // a function declaration
    {
      code: "function writePref(key: string, v: unknown) { localStorage.setItem(key, JSON.stringify(v)); }\nwritePref('tracker', 1);",
      errors: [undeclared(2, 11)],
    },
    // a method of the object a project function returns (a storage helper made by a factory)
    {
      code: "function createStore() { function set(key: string, v: unknown) { localStorage.setItem(key, JSON.stringify(v)); } return { set }; }\nconst ss = createStore();\nss.set('tracker', 1);",
      errors: [undeclared(3, 8)],
    },
    // a helper handing its options to a library configured with a name (zustand's persist)
    {
      code: "import { persist } from 'zustand/middleware';\nfunction createPersistStore(state: object, options: { name: string }) { return persist(() => state, options); }\nexport const useChat = createPersistStore({}, {\n  name: 'tracker',\n});",
      errors: [undeclared(4, 9)],
    },
    // a hook with overload signatures: the implementation is the wrapper (dub's useColumnVisibility)
    {
      code: "function useColumns(key: string, all: string[]): void;\nfunction useColumns(key: string, all: Record<string, string[]>): void;\nfunction useColumns(key: string, all: unknown) { localStorage.setItem(key, JSON.stringify(all)); }\nuseColumns('tracker', []);",
      errors: [undeclared(4, 12)],
    },
    // an arrow bound to a const
    { code: "const remember = (key: string) => localStorage.setItem(key, '1');\nremember('tracker');", errors: [undeclared(2, 10)] },
    // an object method, also through `this`
    {
      code: "const Prefs = { save(key: string) { localStorage.setItem(key, '1'); }, theme() { this.save('theme'); } };\nPrefs.save('tracker');",
      errors: [undeclared(1, 92), undeclared(2, 12)],
    },
    // a class's static and instance methods, and its constructor
    {
      code: "class Store { static save(key: string) { localStorage.setItem(key, '1'); } put(key: string) { sessionStorage.setItem(key, '1'); } }\nStore.save('tracker');\nnew Store().put('other');",
      errors: [undeclared(2, 12), undeclared(3, 17)],
    },
    {
      code: "class Db { constructor(name: string) { indexedDB.open(name, 1); } }\nnew Db('offline');",
      errors: [undeclared(2, 8)],
    },
    // a constant prefix plus the parameter
    { code: "const KEY = 'app:'; function put(key: string) { localStorage.setItem(KEY + key, '1'); }\nput('x');", errors: [undeclared(2, 5)] },
    // a destructured parameter
    // a base class whose constructor keeps the state under a key its subclasses pass to super()
    {
      code: "import { useStorage } from '@vueuse/core';\nabstract class BaseState { protected constructor({ storeKey }: { storeKey: string }) { useStorage(storeKey, {}); } }\nclass CommonStore extends BaseState { constructor(params: { storeKey: string }) { super(params); } }\nclass ThemeSettings extends CommonStore {\n  public constructor() {\n    super({\n      storeKey: 'tracker',\n    });\n  }\n}",
      errors: [undeclared(7, 17)],
    },
    // `id ?? ''` given a string is that string: one name, not also `sidebar-header-`
    {
      code: "const Header = ({ id }: { id?: string }) => { localStorage.setItem(`sidebar-header-${id ?? ''}`, '1'); return null; };\nexport const Nav = () => <Header id=\"tracker\" />;",
      filename: fixture('react.tsx'),
      errors: [
        { messageId: 'undeclaredStoragePattern' as const, line: 1, column: 68 },
        { ...undeclared(2, 37), data: { name: 'sidebar-header-tracker', quoted: "'sidebar-header-tracker'", storage: 'localStorage', policy: relative('/', fixture('cookies.ts')), what: 'localStorage key' } },
      ],
    },
    // an option left out takes the helper's default: known in full, it is checked where the helper writes, not at each call
    {
      code: "export function createPrefs(options: { prefix?: string; keep?: boolean }) {\n  const { prefix = 'tracker-' } = options;\n  return () => localStorage.setItem(`${prefix}state`, '1');\n}\ncreatePrefs({ keep: true });\ncreatePrefs({ prefix: 'other-' });",
      errors: [undeclared(3, 37), undeclared(6, 23)],
    },
    // a destructured option is reported where the caller writes it, not at the whole object
    { code: "function put({ key }: { key: string }) { localStorage.setItem(key, '1'); }\nput({ key: 'tracker' });", errors: [undeclared(2, 12)] },
    {
      code: "function useExpanded({ storageKey, open }: { storageKey: string; open: boolean }) { localStorage.setItem(`menu_${storageKey}_expanded`, String(open)); }\nuseExpanded({\n  open: true,\n  storageKey: 'tracker',\n});",
      errors: [undeclared(4, 15)],
    },
    // a default parameter known in full is checked where the helper writes it, not again at each call
    { code: "function put(key = 'tracker') { localStorage.setItem(key, '1'); }\nput();\nput('prefs');", errors: [undeclared(1, 54)] },
    // a default known only in part: reported at the call that leaves it
    { code: "function put(key = `x:${id}`) { localStorage.setItem(key, '1'); }\nput();", errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 2, column: 1 }] },
    // a wrapper of a wrapper in one file, and a hook with the write in its effect
    {
      code: "function put(key: string) { localStorage.setItem(key, '1'); }\nfunction useStored(name: string) { useEffect(() => put(name)); }\nuseStored('tracker');",
      errors: [undeclared(3, 11)],
    },
    // across modules: a function, an object method, a class's static and instance methods, a constructor
    {
      code: "import { writePref, Prefs, PrefStore, IndexedDBStore } from './wrappers/prefs';\nwritePref('a', 1);\nPrefs.save('b', 1);\nPrefStore.save('c', 1);\nnew PrefStore().save('d');\nnew IndexedDBStore('e');",
      errors: [undeclared(2, 11), undeclared(3, 12), undeclared(4, 16), undeclared(5, 22), undeclared(6, 20)],
    },
    // a hook calling a helper of another module, and the same through a barrel
    { code: "import { useStoredState } from './wrappers/hooks';\nuseStoredState('sidebar-width', 240);", errors: [undeclared(2, 16)] },
    { code: "import { useStoredState, cacheEntry } from './wrappers';\nuseStoredState('sidebar-width', 240);\ncacheEntry('x', '');", errors: [undeclared(2, 16), undeclared(3, 12)] },
    // the storage passed as an argument
    { code: "import { save } from './wrappers/storage';\nsave(localStorage, 'tracker');", errors: [undeclared(2, 20)] },
    // a storage parameter with a default and a name from the caller (docmost's atomWithWebStorage)
    { code: "function atomWithWebStorage(key: string, initial: string, storage = localStorage) { return () => storage.setItem(key, initial); }\nexport const sidebar = atomWithWebStorage('tracker', '1');", errors: [undeclared(2, 43)] },
    // a storage kept in a `let` assigned in a try block, reached through the object a helper returns
    { code: SAFE_STORAGE + "const storage = safeLocalStorage();\nstorage.setItem('tracker', '1');", errors: [undeclared(4, 17)] },
    { code: SAFE_STORAGE + "const localStorage = safeLocalStorage();\nfunction setItem(key: string, value: string) { localStorage.setItem(key, value); }\nsetItem('tracker', '1');", errors: [undeclared(5, 9)] },
    // a Nuxt app's own composables, auto-imported (also from a folder nuxt.config's `imports.dirs` adds), and `~/` imports
    { code: "useUserLocalStorage('tracker', {});\nuseSettingsStore('other');", filename: NUXT_PAGE, errors: [undeclared(1, 21), { ...undeclared(2, 18) }] },
    { code: "import { saveEntry } from '~/utils/entries';\nsaveEntry('tracker', 1);", filename: NUXT_PAGE, errors: [{ messageId: 'undeclaredStorage' as const, line: 2, column: 11 }] },
    // SvelteKit's `$lib` and the aliases of svelte.config.js's `kit.alias`
    {
      code: "import { remember } from '$lib/storage';\nimport { savePref } from '$components/prefs';\nremember('tracker');\nsavePref('x');",
      filename: fixture('sveltekit-app', 'src', 'routes', 'page.ts'),
      errors: [undeclared(3, 10), { messageId: 'undeclaredStorage' as const, line: 4, column: 10 }],
    },
    // a component's name made from its props is reported where it is written: `<Tree scope={s} />` is no call to check
    {
      code: "function Tree({ scope }: { scope: string }) { localStorage.setItem(`tree-expanded:${scope}`, '1'); return null; }",
      filename: fixture('react.tsx'),
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 1, column: 68 }],
    },
    // ... also when its name starts with an acronym (`PHProvider`, `QRCode`): still a component, not a helper whose callers name it
    {
      code: "export const PHProvider = ({ phkey }: { phkey: string }) => { localStorage.setItem(`ph:${phkey}`, '1'); return null; };",
      filename: fixture('react.tsx'),
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 1, column: 84 }],
    },
    // ... and where it is rendered with a prop that names it in full, as a call of the component
    // with its props (an element whose prop is unknown, `scope={s}`, adds nothing to the pattern inside)
    {
      code: "function Tree({ scope, open }: { scope?: string; open?: boolean }) { localStorage.setItem(`tree-expanded:${scope}`, String(open)); return null; }\nexport const Page = () => (\n  <Tree open scope=\"tracker\" />\n);\nexport const Other = ({ s }: { s: string }) => <Tree scope={s} />;\n// without the prop the component gets undefined: whether it writes then is not seen\nexport const Bare = () => <Tree open />;",
      filename: fixture('react.tsx'),
      errors: [
        { messageId: 'undeclaredStoragePattern' as const, line: 1, column: 91 },
        { messageId: 'undeclaredStorage' as const, line: 3, column: 20 },
      ],
    },
    // what a file reports does not depend on the files linted before it: a helper first reached
    // past the depth limit (through chain11, a valid case linted before) is followed again when
    // called nearer the top
    { code: "import { chain4 } from './wrappers/deepChain/chain4';\nchain4('tracker');", errors: [undeclared(2, 8)] },
    // a name a component fixes for the component it renders (`tableName="runs"`) is reported
    // there, not again at the elements above, which report only what their props add (langfuse)
    {
      code:
        "const Table = ({ tableName, projectId }) => <button onClick={() => { localStorage.setItem(`cols-${tableName}`, '1'); localStorage.setItem(`${tableName}-${projectId}-order`, '1'); }} />;\n" +
        "const Runs = ({ projectId }) => <Table tableName=\"runs\" projectId={projectId} />;\n" +
        "export const Page = () => <Runs projectId=\"p1\" />;",
      filename: TSX_FILE,
      errors: [
        { messageId: 'undeclaredStoragePattern' as const, line: 1, column: 91 },
        { messageId: 'undeclaredStoragePattern' as const, line: 1, column: 139 },
        { messageId: 'undeclaredStoragePattern' as const, line: 2, column: 50 },
        undeclared(2, 50),
        undeclared(3, 43),
      ],
    },
    {
      code: "import { ProjectRuns, Runs } from './wrappers/RunsTable';\nexport const Page = () => <Runs projectId=\"p1\" />;\nexport const Other = () => <ProjectRuns title=\"t1\" />;",
      filename: TSX_FILE,
      errors: [undeclared(2, 43), undeclared(3, 47)],
    },
    // an element whose prop is known only at run time, or empty in one branch, adds nothing to the
    // component's own pattern (flowise's `chatflowId = isNew ? '' : path.at(-1)`)
    {
      code: "const Pop = ({ id }) => <button onClick={() => localStorage.setItem(`${id}_tracker`, '1')} />;\nexport const Canvas = ({ isNew }) => <Pop id={isNew ? '' : location.pathname.split('/').at(-1)} />;",
      filename: TSX_FILE,
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 1, column: 69 }],
    },
    // a component in a .js file that holds JSX, rendered from another file with known text
    {
      code: "import SortableTable from './wrappers/SortableTable';\nexport const Vars = ({ section }) => <SortableTable rows={[]} sortStorageKey={`tracker-${section}`} />;",
      filename: TSX_FILE,
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 2, column: 79 }],
    },
    // a component made with React's memo or forwardRef is the function it is given, through
    // components that hand the prop on under another name (hyperdx's SQLInlineEditorControlled)
    {
      code:
        "import { memo, forwardRef } from 'react';\n" +
        "function History({ historyKey }) { return <button onClick={() => localStorage.setItem(`history.${historyKey}`, '[]')} />; }\n" +
        "const Controlled = memo(function Controlled({ queryHistoryType }) { return <History historyKey={queryHistoryType} />; });\n" +
        "const Field = forwardRef(({ type }, ref) => <Controlled queryHistoryType={type} />);\n" +
        "export const Page = () => <Field type=\"search\" />;",
      filename: TSX_FILE,
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 2, column: 87 }, undeclared(5, 39)],
    },
    // a component handing its props on whole (`<EditorInner {...props} />`), loaded with React's
    // lazy, through rest props and a cycle of components, down to a write twelve calls deep (yaak's Editor)
    {
      code:
        "import { Editor } from './wrappers/editor/Editor';\n" +
        "import { Editor as LazyEditor } from './wrappers/editor/LazyEditor';\n" +
        "import { Input, MarkdownEditor, FormInputs } from './wrappers/editor/Input';\n" +
        "export const Body = ({ id }) => <Editor stateKey={`json.${id}`} />;\n" +
        "export const Url = () => <LazyEditor stateKey=\"url\" />;\n" +
        "export const Name = () => <Input label=\"Name\" stateKey=\"name\" />;\n" +
        "export const Notes = () => <MarkdownEditor name=\"notes\" stateKey=\"description\" />;\n" +
        "export const Form = () => <FormInputs inputs={[]} stateKey=\"prompt\" />;",
      filename: TSX_FILE,
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 4, column: 51 }, undeclared(5, 47), undeclared(6, 56), undeclared(7, 66), { messageId: 'undeclaredStoragePattern' as const, line: 8, column: 60 }],
    },
    // a name made of two options, the first left to its default, is reported on the one the call gives (dbgate's useEditorData)
    {
      code: "function useEditorData({ tabid, editorKeyword = 'editor' }) { localStorage.setItem(`tabdata_${editorKeyword}_${tabid}`, '1'); }\nuseEditorData({\n  tabid: id,\n});",
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 3, column: 10 }],
    },
    // a project class reached through declared types: a part of a typed destructured parameter, a variable destructured
    // from it, a member of a typed value (hanko's `({ globalOptions }: Props)`, `const { hanko } = globalOptions`)
    {
      code: "class Api { remember(key: string) { localStorage.setItem(key, '1'); } }\ninterface Options { api?: Api }\ninterface Props { options: Options; api2: Api }\nexport function A({ api2 }: Props) { api2.remember('typed-a'); }\nexport function B({ options }: Props) { const { api } = options; api?.remember('typed-b'); }\nexport function C(props: Props) { props.options.api!.remember('typed-c'); }",
      errors: [undeclared(4, 52), undeclared(5, 80), undeclared(6, 63)],
    },
    // options held in a constant of the file and spread into an object written in another call: on the constant's property, once
    {
      code: "function create(options: { cacheKey?: string; quiet?: boolean }) { localStorage.setItem(options.cacheKey ?? 'tracker', '1'); }\nconst config = {\n  cacheKey: 'flow-a',\n};\ncreate(config);\ncreate({ ...config, quiet: true });",
      errors: [undeclared(3, 13)],
    },
    // a helper writing one item per key of the object it is given (dbgate's openNewTab): each key of the object literal
    // a call gives is reported on its property, in the storage the helper's branch on the key picks; a call that leaves
    // the object out writes nothing
    {
      code: "function openTab(tab: object, initialData?: Record<string, unknown>) {\n  const tabid = String(Date.now());\n  if (initialData) {\n    for (const key of Object.keys(initialData)) {\n      if (key == 'editor' || key == 'rows') sessionStorage.setItem(`tabdata_${key}_${tabid}`, '1');\n      else localStorage.setItem(`tabdata_${key}_${tabid}`, '1');\n    }\n  }\n}\nopenTab({});\nopenTab({}, {\n  editor: 'select 1',\n  grid: {},\n});",
      errors: [
        { messageId: 'undeclaredStoragePattern' as const, line: 12, column: 3, data: { shown: 'tabdata_editor_…', pattern: 'tabdata_editor_*', quotedPattern: "'tabdata_editor_*'", storage: 'sessionStorage', policy: POLICY, what: 'sessionStorage key', article: 'A' } },
        { messageId: 'undeclaredStoragePattern' as const, line: 13, column: 3, data: { shown: 'tabdata_grid_…', pattern: 'tabdata_grid_*', quotedPattern: "'tabdata_grid_*'", storage: 'localStorage', policy: POLICY, what: 'localStorage key', article: 'A' } },
      ],
    },
    // ... and the keys of a constant object looped over with forEach, where the write is
    { code: "const prefs = { theme: 'dark', lang: 'en' };\nObject.keys(prefs).forEach((key) => localStorage.setItem(`pref_${key}`, prefs[key]));", errors: [undeclared(2, 58), undeclared(2, 58)] },
    // a rest parameter read by index and spread into another helper (portainer's
    // `useTableStateWithStorage(...args)` calling `createPersistedStore(...args)` and `useTableState(store, args[0])`)
    {
      code: "function create(storageKey: string, sortBy?: string) { localStorage.setItem(`settings_${storageKey}`, '1'); return sortBy; }\nfunction useWithStorage(...args: Parameters<typeof create>) {\n  const store = create(...args);\n  sessionStorage.setItem(`filter_${args[0]}`, '1');\n  return store;\n}\nuseWithStorage('nodes', 'Name');\nconst keys = ['tracker', 'columns'];\nlocalStorage.setItem(keys[1], '1');",
      errors: [undeclared(7, 16), undeclared(7, 16), undeclared(9, 22)],
    },
    // a storage parameter with a default handed on to another helper (portainer's `useLocalStorage(key, value, storage = localStorage)`
    // calling `set(key, value, storage)`): both helpers are wrappers, the calls give the name and the storage, and nothing is reported inside
    {
      code: "function set(key: string, value: string, storage = localStorage) { storage.setItem(`p.${key}`, value); }\nfunction useStored(key: string, storage = localStorage) {\n  const change = (value: string) => { set(key, value, storage); };\n  return [null, change];\n}\nconst [a, setA] = useStored('filter');\nconst [b, setB] = useStored('search', sessionStorage);",
      errors: [undeclared(6, 29), { messageId: 'undeclaredStorage' as const, line: 7, column: 29 }],
    },
    // options handed on whole by a function that takes them (hanko's `new State(hanko, flowName, response, options)`):
    // the class's default is reported once, where it writes it, and the name comes from the outer call
    {
      code: "class FlowState {\n  constructor(options: { cacheKey?: string } = {}) { const { cacheKey = 'flow-state' } = options; this.cacheKey = cacheKey; }\n  save() { localStorage.setItem(this.cacheKey, '{}'); }\n  static init(options: { cacheKey?: string } = {}) { const state = new FlowState(options); state.save(); }\n}\nexport function start(config = {}) { FlowState.init(config); }\nstart({ cacheKey: 'auth-flow' });",
      errors: [undeclared(3, 33), undeclared(7, 19)],
    },
    // options given defaults by reassigning the parameter (hanko's `options = { storageKey: 'hanko', ...options }`):
    // a call without options writes the default, reported where the function hands it on; a call that gives one names its own
    {
      code: "function save(options: { key?: string }) { localStorage.setItem(`${options.key}_state`, '1'); }\nfunction register(options: { key?: string } = {}) {\n  options = { key: 'app', ...options };\n  save({ key: options.key });\n}\nregister();\nregister({ key: 'mine' });",
      errors: [undeclared(4, 15), undeclared(7, 17)],
    },
    // a name computed from the parameter by a function the rule cannot run (bruno's
    // `bruno.graphqlSchema.${simpleHash(endpoint)}`) is still the callers' to give
    {
      code: "const simpleHash = (s) => { let h = 0; for (const c of s) h = h * 31 + c.charCodeAt(0); return h; };\nexport const useSchema = (endpoint) => { localStorage.setItem(`schema.${simpleHash(endpoint)}`, '1'); };\nuseSchema('https://api.example/graphql');",
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 3, column: 11 }],
    },
    // ... or by a method of it and a part of what that returns (bolt.diy's `url.split('/')[2]`)
    {
      code: "const saveAuth = (url: string) => {\n  const domain = url.split('/')[2];\n  localStorage.setItem(`git:${domain}`, '1');\n};\nsaveAuth(baseUrl);\nconst saveHost = (url: string) => { localStorage.setItem('h:' + url.split('/').at(2), '1'); };\nsaveHost(location.href);",
      errors: [
        { messageId: 'undeclaredStoragePattern' as const, line: 5, column: 10 },
        { messageId: 'undeclaredStoragePattern' as const, line: 7, column: 10 },
      ],
    },
    // a Vuex mutation under a computed key is called through `commit(SET_QUEUE)`, which is not followed: its write is reported where it is (dashy)
    {
      code: "const SET_QUEUE = 'setQueue';\nexport const mutations = {\n  [SET_QUEUE](state, id) { localStorage.setItem('queue:' + id, '1'); },\n};",
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 3, column: 49 }],
    },
    // a library's setter destructured from its call and exported in a list, imported directly or through `export *`
    { code: "import { setLocal } from './wrappers/localSettings';\nsetLocal('tracker', '1');", errors: [undeclared(2, 10)] },
    { code: "import { setLocal } from './wrappers/settingsBarrel';\nsetLocal('tracker', '1');", errors: [undeclared(2, 10)] },
    // functions in objects handed to a call are called by what receives them, with values no code shows
    // (papra's `defineHandler({ handler: ({ params }) => ... })` route table): their writes are reported where they are
    {
      code: "export const routes = [\n  defineHandler({ path: '/a', handler: ({ params }) => { localStorage.setItem('queue:' + params.id, '1'); } }),\n  defineHandler({ path: '/b', handler: ({ params }) => { localStorage.setItem('queue:' + params.id, '2'); } }),\n];",
      errors: [
        { messageId: 'undeclaredStoragePattern' as const, line: 2, column: 79 },
        { messageId: 'undeclaredStoragePattern' as const, line: 3, column: 79 },
      ],
    },
    // ... or where an earlier `if` returns for that value: suwayomi-webui's `setItem(KEY, undefined)` removes
    {
      code: "function save(key, value) {\n  if (value === undefined) { localStorage.removeItem(key); return; }\n  localStorage.setItem(key, JSON.stringify(value));\n}\nsave('prefs', undefined);\nsave('prefs');\nsave('tracker', 1);",
      errors: [undeclared(7, 6)],
    },
    // a call passing null or undefined where the helper only writes for a value: bruno's
    // `if (state == null) removeItem(key) else setItem(key, ...)` removes for `state: null`
    {
      code:
        "const save = ({ key, state }) => { if (state == null) { localStorage.removeItem(key); } else { localStorage.setItem(key, JSON.stringify(state)); } };\n" +
        "save({ key: 'prefs', state: null });\nsave({ key: 'tracker', state: view });\n" +
        "function keep(key, value) { if (value !== null) localStorage.setItem(key, value); }\nkeep('prefs', null);\nkeep('tracker');\n" +
        "function put(key, value) { if (value === undefined) return; else localStorage.setItem(key, value); }\nput('prefs');\nput('tracker', null);",
      errors: [undeclared(3, 13), undeclared(6, 6), undeclared(9, 5)],
    },
    // jellyfin's settings class: a private method that reassigns its parameter builds the key
    // (`if (userId) name = userId + '-' + name`), and a getter-setter writes only when given a value
    {
      code: "class AppSettings {\n  #getKey(name, userId) { if (userId) { name = userId + '-' + name; } return name; }\n  set(name, value, userId) { localStorage.setItem(this.#getKey(name, userId), value); }\n  maxBitrate(mediaType, val) {\n    if (val !== undefined) { this.set('tracker-' + mediaType, val); }\n    return localStorage.getItem('tracker-' + mediaType);\n  }\n}\nconst settings = new AppSettings();\nsettings.set('prefs', '1');\nsettings.set('tracker', '1', user.id);\nsettings.maxBitrate('Video');\nsettings.maxBitrate('Audio', 100);",
      errors: [
        undeclared(11, 14),
        { messageId: 'undeclaredStoragePattern' as const, line: 11, column: 14 },
        undeclared(13, 21),
      ],
    },
    // a module exporting its instance's methods bound (`export const set = settings.set.bind(settings)`),
    // and a parameter extended with `+=` before the write (jellyfin's userSettings, experimental warnings)
    {
      code: "class Settings {\n  set(name, value) { localStorage.setItem(name, value); }\n}\nconst current = new Settings();\nexport const set = current.set.bind(current);\nfunction warnOnce(key) {\n  key += '-seen';\n  set(key, '1');\n}\nwarnOnce('tracker');\nset('tracker_b', '1');",
      errors: [
        undeclared(10, 10),
        undeclared(11, 5),
      ],
    },
    // a hook writing one name from two places is one write at its call
    {
      code: "function put(key: string) { localStorage.setItem(key, '1'); }\nfunction useSaved(key: string) { put(key); queueMicrotask(() => put(key)); }\nuseSaved('tracker');",
      errors: [undeclared(3, 10)],
    },
    // the helper's own literal name is still checked where it is written
    { code: "function saveTheme(value: string) { localStorage.setItem('theme', value); }\nsaveTheme('dark');", errors: [undeclared(1, 58)] },
  ],
});
