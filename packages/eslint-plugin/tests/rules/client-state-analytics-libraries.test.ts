// Client libraries of issue 10 that keep state in the browser: query and store persisters, panel
// layouts, analytics SDKs and i18n modules. The fixture policy declares the cookies `sessionid`,
// `theme`, `_ga_*`, `*.session_token`, and in localStorage `prefs`, `cache:*`, `persist:root`,
// in sessionStorage `draft`.
import { relative } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createWriteRecorder, type RecordedWrite } from '../../src/writes.js';
import { UNKNOWN, lowercaseShapes } from '../../src/names/stringShape.js';
import cookieRule from '../../src/rules/no-undeclared-cookie.js';
import storageRule from '../../src/rules/no-undeclared-storage.js';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
const TSX_FILE = fixture('react.tsx');
const NUXT_CONFIG = fixture('nuxt-app', 'nuxt.config.ts');
const POLICY = relative('/', fixture('cookies.ts'));

const cookie = (line: number, column: number, name: string) => ({
  messageId: 'undeclaredCookie' as const,
  line,
  column,
  data: { name, quoted: `'${name}'`, policy: POLICY },
});
const cookiePattern = (line: number, column: number, prefix: string, suffix = '') => ({
  messageId: 'undeclaredCookiePattern' as const,
  line,
  column,
  data: { shown: `${prefix}…${suffix}`, pattern: `${prefix}*`, quotedPattern: `'${prefix}*'`, policy: POLICY },
});
const key = (storage: 'localStorage' | 'sessionStorage') => (line: number, column: number, name: string) => ({
  messageId: 'undeclaredStorage' as const,
  line,
  column,
  data: { name, quoted: `'${name}'`, storage, policy: POLICY, what: `${storage} key` },
});
const indexedDBName = (line: number, column: number, name: string) => ({
  messageId: 'undeclaredStorage' as const,
  line,
  column,
  data: { name, quoted: `'${name}'`, storage: 'indexedDB', policy: POLICY, what: 'IndexedDB database name' },
});
const localKey = key('localStorage');
const sessionKey = key('sessionStorage');
const localPattern = (line: number, column: number, prefix: string, suffix = '') => ({
  messageId: 'undeclaredStoragePattern' as const,
  line,
  column,
  data: { shown: `${prefix}…${suffix}`, pattern: `${prefix}*`, quotedPattern: `'${prefix}*'`, storage: 'localStorage', policy: POLICY, what: 'localStorage key', article: 'A' },
});

ruleTester.run('no-undeclared-cookie', cookieRule, {
  valid: [
    // the Parse SDK for Node.js keeps nothing in a browser; JSON.parse is no Parse
    "import Parse from 'parse/node';\nParse.initialize('opensign');\nJSON.parse('{}');",
    // mixpanel: persistence turned off, or kept in localStorage (no-undeclared-storage's)
    "import mixpanel from 'mixpanel-browser';\nmixpanel.init('abc123', { disable_persistence: true });",
    "import mixpanel from 'mixpanel-browser';\nmixpanel.init('abc123', { persistence: 'localStorage' });",
    // Amplitude keeping its ids nowhere, or its Node SDK (no cookies)
    "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init('0123456789abcdef', { identityStorage: 'none' });",
    "import { init } from '@amplitude/analytics-node';\ninit('0123456789abcdef');",
    // Segment without client persistence
    "import { AnalyticsBrowser } from '@segment/analytics-next';\nexport const analytics = AnalyticsBrowser.load({ writeKey: 'k' }, { disableClientPersistence: true });",
    // an Intercom of another package; react-ga4's session cookie alone is declared (`_ga_*`), so only a look-alike is valid
    "import Intercom from './intercom';\nIntercom({ app_id: 'abc123' });",
    "import ReactGA from './react-ga';\nReactGA.initialize('UA-1234-1');",
    // another plugin installed, or vue-gtag's own methods
    "import VueGtag from 'vue-gtag';\nimport router from './router';\napp.use(router);\nVueGtag.install;",
    // @nuxtjs/i18n: detection off, the cookie off, a config without `i18n`, a declared cookie key
    { code: 'export default defineNuxtConfig({ i18n: { detectBrowserLanguage: false } });', filename: NUXT_CONFIG },
    { code: 'export default defineNuxtConfig({ i18n: { detectBrowserLanguage: { useCookie: false } } });', filename: NUXT_CONFIG },
    { code: "export default defineNuxtConfig({ modules: ['@nuxtjs/i18n'] });", filename: NUXT_CONFIG },
    { code: "export default defineNuxtConfig({ i18n: { detectBrowserLanguage: { cookieKey: 'theme' } } });", filename: NUXT_CONFIG },
    // Paraglide JS: a strategy without the cookie; a declared cookie name
    "import { paraglideVitePlugin } from '@inlang/paraglide-js';\nexport const plugin = paraglideVitePlugin({ project: './project.inlang', outdir: './src/paraglide', strategy: ['url', 'baseLocale'] });",
    "import { paraglideVitePlugin } from '@inlang/paraglide-js';\nparaglideVitePlugin({ project, outdir, cookieName: 'theme' });",
  ],
  invalid: [
    // mixpanel: `mp_<token>_mixpanel` by default, `mp_<persistence_name>` when named
    { code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(process.env.MIXPANEL_TOKEN);", errors: [cookiePattern(2, 1, 'mp_', '_mixpanel')] },
    { code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(token, { persistence_name: 'app' });", errors: [cookie(2, 42, 'mp_app')] },
    { code: "import mixpanel from 'mixpanel-browser';\nconst TOKEN = 'f00d';\nmixpanel.init(TOKEN, { track_pageview: true });", errors: [cookie(3, 22, 'mp_f00d_mixpanel')] },
    // a helper that takes the token is a wrapper: reported where it is called
    {
      code: "import mixpanel from 'mixpanel-browser';\nexport function startAnalytics(token: string) {\n  mixpanel.init(token);\n}\nstartAnalytics('c0ffee');",
      errors: [cookie(5, 16, 'mp_c0ffee_mixpanel')],
    },
    { code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(token, { cookie_name: 'legacy', persistence: 'cookie' });", errors: [cookie(2, 37, 'mp_legacy')] },
    // Amplitude: `AMP_<apiKey prefix>` and its companions, in cookies by default, with the user id between
    { code: "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(API_KEY);", errors: [cookiePattern(2, 1, 'AMP_'), cookiePattern(2, 1, 'AMP_MKTG_')] },
    // Datadog's logs and RUM SDKs keep the session in the cookie _dd_s, unless told to keep it in localStorage
    {
      code: "import { datadogLogs } from '@datadog/browser-logs';\nimport { datadogRum } from '@datadog/browser-rum';\ndatadogLogs.init({ clientToken, site: 'datadoghq.eu', sessionSampleRate: 100 });\ndatadogRum.init({ applicationId, clientToken, sessionPersistence: 'local-storage' });",
      errors: [cookie(3, 18, '_dd_s')],
    },
    {
      code: "import { init } from '@amplitude/analytics-browser';\ninit('0123456789abcdef', 'user-1', { defaultTracking: true });",
      errors: [cookie(2, 36, 'AMP_0123456789'), cookie(2, 36, 'AMP_MKTG_0123456789')],
    },
    // Segment: the ids, all reported at the call
    {
      code: "import { AnalyticsBrowser } from '@segment/analytics-next';\nexport const analytics = AnalyticsBrowser.load({ writeKey: 'k' });",
      errors: [cookie(2, 26, 'ajs_anonymous_id'), cookie(2, 26, 'ajs_user_id'), cookie(2, 26, 'ajs_group_id')],
    },
    // Intercom's messenger script names its cookies after the app id
    {
      code: "import Intercom from '@intercom/messenger-js-sdk';\nIntercom({ app_id: 'abc123', user_id: user.id });",
      errors: [cookie(2, 20, 'intercom-id-abc123'), cookie(2, 20, 'intercom-session-abc123'), cookie(2, 20, 'intercom-device-id-abc123')],
    },
    {
      code: "import { Intercom } from '@intercom/messenger-js-sdk';\nconst APP_ID = process.env.INTERCOM_APP_ID;\nIntercom({ app_id: APP_ID });",
      errors: [cookiePattern(3, 20, 'intercom-id-'), cookiePattern(3, 20, 'intercom-session-'), cookiePattern(3, 20, 'intercom-device-id-')],
    },
    {
      code: "import { IntercomProvider } from 'react-use-intercom';\nexport const App = () => <IntercomProvider appId=\"xyz\">{children}</IntercomProvider>;",
      filename: TSX_FILE,
      errors: [cookie(2, 44, 'intercom-id-xyz'), cookie(2, 44, 'intercom-session-xyz'), cookie(2, 44, 'intercom-device-id-xyz')],
    },
    // react-ga (Universal Analytics): analytics.js's three cookies, default or named import
    { code: "import ReactGA from 'react-ga';\nReactGA.initialize('UA-1234-1');", errors: [cookie(2, 1, '_ga'), cookie(2, 1, '_gid'), cookie(2, 1, '_gat')] },
    { code: "import { initialize } from 'react-ga';\ninitialize('UA-1234-1', { debug: true });", errors: [cookie(2, 1, '_ga'), cookie(2, 1, '_gid'), cookie(2, 1, '_gat')] },
    // crisp-sdk-web: the chatbox's session cookie, named after the website id
    { code: "import { Crisp } from 'crisp-sdk-web';\nCrisp.configure('abc-123');", errors: [cookie(2, 17, 'crisp-client/session/abc-123')] },
    { code: "import { Crisp } from 'crisp-sdk-web';\nCrisp.configure(env.CRISP_ID);", errors: [cookiePattern(2, 17, 'crisp-client/session/')] },
    // Firebase Analytics loads gtag too (the cookie rule); the installations database is the storage rule's
    { code: "import { getAnalytics } from 'firebase/analytics';\nexport const analytics = getAnalytics(app);", errors: [cookie(2, 26, '_ga')] },
    // react-ga4: gtag's `_ga` (its `_ga_<container>` is declared as `_ga_*`)
    { code: "import ReactGA from 'react-ga4';\nReactGA.initialize('G-ABC123');", errors: [cookie(2, 1, '_ga')] },
    // vue-gtag: installed as a Vue plugin (versions 1 and 2), or started with configure / createGtag (version 3)
    { code: "import VueGtag from 'vue-gtag';\napp.use(VueGtag, { config: { id: 'G-ABC123' } }, router);", errors: [cookie(2, 1, '_ga')] },
    { code: "import { configure } from 'vue-gtag';\nconfigure({ tagId: 'G-ABC123' });", errors: [cookie(2, 1, '_ga')] },
    { code: "import { createGtag } from 'vue-gtag';\napp.use(createGtag({ tagId: 'G-ABC123' }));", errors: [cookie(2, 9, '_ga')] },
    // @nuxtjs/i18n: `i18n_redirected` unless renamed, at the options
    { code: "export default defineNuxtConfig({\n  i18n: { locales: ['en', 'fr'] },\n});", filename: NUXT_CONFIG, errors: [cookie(2, 9, 'i18n_redirected')] },
    // ... at its detectBrowserLanguage options when they are written (where the cookie is configured)
    { code: "export default defineNuxtConfig({\n  i18n: {\n    detectBrowserLanguage: { useCookie: true },\n  },\n});", filename: NUXT_CONFIG, errors: [cookie(3, 28, 'i18n_redirected')] },
    {
      code: "import { defineNuxtConfig } from 'nuxt/config';\nexport default defineNuxtConfig({ i18n: { detectBrowserLanguage: { useCookie: true, cookieKey: 'lang' } } });",
      errors: [cookie(2, 96, 'lang')],
    },
    // Paraglide JS: its runtime's locale cookie, at the compiler options
    {
      code: "import { paraglideVitePlugin } from '@inlang/paraglide-js';\nexport const plugin = paraglideVitePlugin({ project: './project.inlang', outdir: './src/paraglide' });",
      errors: [cookie(2, 43, 'PARAGLIDE_LOCALE')],
    },
    {
      code: "import { compile } from '@inlang/paraglide-js';\nconst STRATEGY = ['url', 'cookie'];\nawait compile({ project, outdir, strategy: STRATEGY, cookieName: 'LOCALE' });",
      errors: [cookie(3, 66, 'LOCALE')],
    },
  ],
});

ruleTester.run('no-undeclared-storage', storageRule, {
  valid: [
    // Paraglide JS keeps the locale in localStorage only when `strategy` lists it (its default lists the cookie)
    "import { paraglideVitePlugin } from '@inlang/paraglide-js';\nexport const plugin = paraglideVitePlugin({ project: './project.inlang', outdir: './src/paraglide' });",
    "import { paraglideVitePlugin } from '@inlang/paraglide-js';\nparaglideVitePlugin({ project, outdir, strategy: ['localStorage'], localStorageKey: 'prefs' });",
    // TanStack: a prefix the declared `cache:*` covers; a look-alike of the project's own
    "import { experimental_createQueryPersister } from '@tanstack/query-persist-client-core';\nexport const persister = experimental_createQueryPersister({ storage: localStorage, prefix: 'cache:q' });",
    "import { createSyncStoragePersister } from './persister';\ncreateSyncStoragePersister({ storage: window.localStorage });",
    // a persister given no storage stores nothing
    "import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';\ncreateSyncStoragePersister({ key: 'x' });",
    // vuex-persistedstate under a declared key; a createPersistedState of another package
    "import createPersistedState from 'vuex-persistedstate';\nexport const plugins = [createPersistedState({ key: 'prefs' })];",
    "import createPersistedState from 'vuex-persist';\ncreatePersistedState();",
    // apollo3-cache-persist under a declared key
    "import { persistCache, LocalStorageWrapper } from 'apollo3-cache-persist';\nawait persistCache({ cache, key: 'prefs', storage: new LocalStorageWrapper(window.localStorage) });",
    // Laravel Echo over socket.io uses no pusher-js
    "import Echo from 'laravel-echo';\nnew Echo({ broadcaster: 'socket.io', host });",
    // Swagger UI without persistAuthorization keeps nothing
    { code: "import SwaggerUI from 'swagger-ui-react';\nexport const Docs = () => <SwaggerUI url='/openapi.json' persistAuthorization={false} />;", filename: TSX_FILE },
    // a lazily loaded component of another module
    { code: "import dynamic from 'next/dynamic';\nconst SwaggerUI = dynamic(() => import('./swagger-ui-react'));\nexport const Docs = () => <SwaggerUI persistAuthorization />;", filename: TSX_FILE },
    "import { SwaggerUIBundle } from 'swagger-ui-dist';\nSwaggerUIBundle({ url: '/openapi.json', dom_id: '#api' });",
    // swagger-ui-express's page without persistAuthorization
    "import swaggerUi from 'swagger-ui-express';\napp.use('/docs', swaggerUi.serve, swaggerUi.setup(doc, { swaggerOptions: { docExpansion: 'list' } }));\napp.use('/api', swaggerUi.serve, swaggerUi.setup(doc));",
    // matrix-js-sdk: a memory store without localStorage keeps nothing
    "import { MemoryStore } from 'matrix-js-sdk';\nnew MemoryStore();",
    "import { MemoryStore } from 'matrix-js-sdk';\nnew MemoryStore({});",
    // store2: reads, a declared key, a transaction (taken as a read)
    "import store from 'store2';\nstore.get('user'); store('user'); store.session.get('x');",
    "import store from 'store2';\nstore.set('prefs', p); store.session.set('draft', d);",
    // lscache: reads
    "import lscache from 'lscache';\nlscache.get('greeting'); lscache.remove('greeting');",
    // Capacitor Preferences: reads and removals; another module's Preferences
    "import { Preferences } from '@capacitor/preferences';\nawait Preferences.get({ key: 'theme' }); await Preferences.remove({ key: 'theme' }); await Preferences.keys();",
    "import { Preferences } from './preferences';\nawait Preferences.set({ key: 'theme', value: 'dark' });",
    // @sveltia/utils: reads and removals, and a declared key
    "import { LocalStorage } from '@sveltia/utils/storage';\nawait LocalStorage.get('sveltia-cms.user'); await LocalStorage.delete('x');",
    "import { LocalStorage } from '@sveltia/utils/storage';\nawait LocalStorage.set('prefs', p);",
    // react-resizable-panels: no autoSaveId, or the app's own storage
    { code: "import { PanelGroup } from 'react-resizable-panels';\nexport const A = () => <PanelGroup direction=\"horizontal\">{c}</PanelGroup>;", filename: TSX_FILE },
    { code: "import { PanelGroup } from 'react-resizable-panels';\nexport const A = () => <PanelGroup autoSaveId=\"x\" storage={cookieStorage}>{c}</PanelGroup>;", filename: TSX_FILE },
    // Segment without client persistence; mixpanel and Amplitude in cookies (no-undeclared-cookie's)
    "import { AnalyticsBrowser } from '@segment/analytics-next';\nAnalyticsBrowser.load({ writeKey: 'k' }, { disableClientPersistence: true });",
    "import mixpanel from 'mixpanel-browser';\nmixpanel.init('abc123');",
    "import { init } from '@amplitude/analytics-browser';\ninit(API_KEY);",
    // ngx-webstorage: reads, and a `store` of another service
    "import { LocalStorageService } from 'ngx-webstorage';\nexport class A { constructor(private ls: LocalStorageService) {} read() { return this.ls.retrieve('token'); } }",
    "import { StoreService } from './store';\nexport class A { constructor(private ls: StoreService) {} save() { this.ls.store('token', 1); } }",
  ],
  invalid: [
    // Datadog's session kept in localStorage (`sessionPersistence: 'local-storage'`) is a storage key
    { code: "import { datadogRum } from '@datadog/browser-rum';\ndatadogRum.init({ applicationId, clientToken, sessionPersistence: 'local-storage' });", errors: [key('localStorage')(2, 17, '_dd_s')] },
    // Firebase Analytics registers with Firebase Installations, from the modular SDK and its scoped package
    { code: "import { initializeAnalytics } from '@firebase/analytics';\ninitializeAnalytics(app, {});", errors: [indexedDBName(2, 1, 'firebase-installations-database')] },
    // Paraglide JS with `strategy` listing 'localStorage' (vert): `localStorageKey`, default PARAGLIDE_LOCALE, at the compiler options
    {
      code: "import { paraglideVitePlugin } from '@inlang/paraglide-js';\nexport const plugin = paraglideVitePlugin({ project, outdir, strategy: ['localStorage', 'preferredLanguage', 'baseLocale'] });",
      errors: [key('localStorage')(2, 43, 'PARAGLIDE_LOCALE')],
    },
    { code: "import { compile } from '@inlang/paraglide-js';\nawait compile({ project, outdir, strategy: ['localStorage'], localStorageKey: 'locale' });", errors: [key('localStorage')(2, 79, 'locale')] },
    // TanStack Query: the whole cache under REACT_QUERY_OFFLINE_CACHE, or `key`, in the storage given
    {
      code: "import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';\nexport const persister = createSyncStoragePersister({ storage: window.localStorage });",
      errors: [localKey(2, 53, 'REACT_QUERY_OFFLINE_CACHE')],
    },
    {
      code: "import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';\ncreateAsyncStoragePersister({ storage: window.sessionStorage, key: 'app-cache' });",
      errors: [sessionKey(2, 68, 'app-cache')],
    },
    // one entry per query under `<prefix>-<queryHash>`
    {
      code: "import { experimental_createQueryPersister } from '@tanstack/react-query-persist-client';\nexport const persister = experimental_createQueryPersister({ storage: localStorage });",
      errors: [localPattern(2, 60, 'tanstack-query-')],
    },
    {
      code: "import { experimental_createQueryPersister } from '@tanstack/query-persist-client-core';\nexperimental_createQueryPersister({ storage: localStorage, prefix: 'queries' });",
      errors: [localPattern(2, 68, 'queries-')],
    },
    // vuex-persistedstate: `vuex` in localStorage, or `key` in the storage given
    { code: "import createPersistedState from 'vuex-persistedstate';\nexport const plugins = [createPersistedState()];", errors: [localKey(2, 25, 'vuex')] },
    {
      code: "import createPersistedState from 'vuex-persistedstate';\ncreatePersistedState({ key: 'my-app', storage: window.sessionStorage });",
      errors: [sessionKey(2, 29, 'my-app')],
    },
    // apollo3-cache-persist: in the storage its wrapper adapts
    {
      code: "import { persistCache, LocalStorageWrapper } from 'apollo3-cache-persist';\nawait persistCache({ cache, storage: new LocalStorageWrapper(window.localStorage) });",
      errors: [localKey(2, 20, 'apollo-cache-persist')],
    },
    {
      code: "import { CachePersistor, SessionStorageWrapper } from 'apollo3-cache-persist';\nconst persistor = new CachePersistor({ cache, key: 'gql', storage: new SessionStorageWrapper(window.sessionStorage) });",
      errors: [sessionKey(2, 52, 'gql')],
    },
    // store2: localStorage, or sessionStorage through `store.session`
    { code: "import store from 'store2';\nstore.set('user', user);", errors: [localKey(2, 11, 'user')] },
    { code: "import store from 'store2';\nstore('token', t);\nstore.local.add('list', [1]);", errors: [localKey(2, 7, 'token'), localKey(3, 17, 'list')] },
    { code: "import store from 'store2';\nstore.session('step', 2);\nstore.session.set('form', f);", errors: [sessionKey(2, 15, 'step'), sessionKey(3, 19, 'form')] },
    // lscache: `lscache-<key>`, and its expiry item when a lifetime is given
    { code: "import lscache from 'lscache';\nlscache.set('greeting', 'Hello');", errors: [localKey(2, 13, 'lscache-greeting')] },
    {
      code: "import lscache from 'lscache';\nlscache.set('draft', text, 60);",
      errors: [localKey(2, 13, 'lscache-draft'), localKey(2, 13, 'lscache-draft-cacheexpiration')],
    },
    // Capacitor Preferences: `CapacitorStorage.<key>` in a browser's localStorage, the key at its property
    { code: "import { Preferences } from '@capacitor/preferences';\nawait Preferences.set({ key: 'theme', value: 'dark' });", errors: [localKey(2, 30, 'CapacitorStorage.theme')] },
    { code: "import { Storage } from '@capacitor/storage';\nawait Storage.set({\n  key: 'accounts',\n  value: '[]',\n});", errors: [localKey(3, 8, 'CapacitorStorage.accounts')] },
    // ...and through the app's own class that keeps the key it was made with (noStrudel's PreferenceSubject)
    {
      code: [
        "import { Preferences } from '@capacitor/preferences';",
        'class Pref { constructor(public key: string, public value: string) {} async save() { await Preferences.set({ key: this.key, value: this.value }); } }',
        "export const theme = new Pref('theme', 'dark');",
      ].join('\n'),
      errors: [localKey(3, 31, 'CapacitorStorage.theme')],
    },
    // @sveltia/utils: `LocalStorage.set(key)`, and the database `new IndexedDB(name, store)` opens
    { code: "import { LocalStorage } from '@sveltia/utils/storage';\nawait LocalStorage.set('sveltia-cms.auth', { csrfToken });", errors: [localKey(2, 24, 'sveltia-cms.auth')] },
    { code: "import { IndexedDB } from '@sveltia/utils/storage';\nconst db = new IndexedDB('github:me/site', 'file-cache');", errors: [indexedDBName(2, 26, 'github:me/site')] },
    // react-resizable-panels: `react-resizable-panels:<autoSaveId>` (v3), `useDefaultLayout({ id })` (v4)
    {
      code: "import { PanelGroup, Panel } from 'react-resizable-panels';\nexport const A = () => <PanelGroup direction=\"horizontal\" autoSaveId=\"sidebar\"><Panel /></PanelGroup>;",
      filename: TSX_FILE,
      errors: [localKey(2, 59, 'react-resizable-panels:sidebar')],
    },
    {
      code: "import { useDefaultLayout } from 'react-resizable-panels';\nconst layout = useDefaultLayout({ id: 'main', storage: sessionStorage });",
      errors: [sessionKey(2, 39, 'react-resizable-panels:main')],
    },
    // Segment's localStorage: the ids, the traits and the group properties
    {
      code: "import { AnalyticsBrowser } from '@segment/analytics-next';\nAnalyticsBrowser.load({ writeKey: 'k' });",
      errors: ['ajs_anonymous_id', 'ajs_user_id', 'ajs_user_traits', 'ajs_group_id', 'ajs_group_properties'].map((name) => localKey(2, 1, name)),
    },
    // mixpanel and Amplitude told to keep their state in localStorage
    { code: "import mixpanel from 'mixpanel-browser';\nmixpanel.init(token, { persistence: 'localStorage' });", errors: [localPattern(2, 22, 'mp_', '_mixpanel')] },
    {
      code: "import * as amplitude from '@amplitude/analytics-browser';\namplitude.init(`${KEY}`, { identityStorage: 'localStorage' });",
      errors: [localPattern(2, 26, 'AMP_'), localPattern(2, 26, 'AMP_MKTG_')],
    },
    // Swagger UI: `authorized` only when authorizations persist
    { code: "import SwaggerUI from 'swagger-ui-react';\nexport const Docs = () => <SwaggerUI url='/openapi.json' persistAuthorization />;", filename: TSX_FILE, errors: [localKey(2, 28, 'authorized')] },
    { code: "import SwaggerUI from 'swagger-ui';\nSwaggerUI({ dom_id: '#api', persistAuthorization: true });", errors: [localKey(2, 11, 'authorized')] },
    { code: "import swaggerUi from 'swagger-ui-express';\napp.use('/docs', swaggerUi.serve, swaggerUi.setup(doc, { swaggerOptions: { persistAuthorization: true } }));", errors: [localKey(2, 56, 'authorized')] },
    // a component loaded lazily is the export its `import()` resolves to: Next's `dynamic`, React's `lazy` picking an export
    { code: "import dynamic from 'next/dynamic';\nconst SwaggerUI = dynamic(() => import('swagger-ui-react'), { ssr: false });\nexport const Docs = () => <SwaggerUI persistAuthorization={true} />;", filename: TSX_FILE, errors: [localKey(3, 28, 'authorized')] },
    { code: "import React from 'react';\nconst Themes = React.lazy(() => import('next-themes').then((mod) => ({ default: mod.ThemeProvider })));\nexport const App = () => <Themes storageKey='mode' />;", filename: fixture('theme-app', 'src', 'App.tsx'), errors: [localKey(3, 34, 'mode')] },
    // ... or the export of the awaited import (khoj's Excalidraw)
    { code: "import dynamic from 'next/dynamic';\nconst Themes = dynamic(async () => (await import('next-themes')).ThemeProvider, { ssr: false });\nexport const App = () => <Themes storageKey='mode' />;", filename: fixture('theme-app', 'src', 'App.tsx'), errors: [localKey(3, 34, 'mode')] },
    // emoji-picker-element: one database per locale, `en` by default
    { code: "import { Picker } from 'emoji-picker-element';\nnew Picker({ locale: 'fr' });", errors: [indexedDBName(2, 22, 'emoji-picker-element-fr')] },
    { code: "import Database from 'emoji-picker-element/database.js';\nnew Database();", errors: [indexedDBName(2, 1, 'emoji-picker-element-en')] },
    // the Parse SDK: the signed-in user and the installation id, under the application id (opensign's `Parse.initialize(appId)`); `parse/node` keeps nothing in a browser
    { code: "import Parse from 'parse';\nParse.initialize('opensign', 'js-key');", errors: [localKey(2, 18, 'Parse/opensign/currentUser'), localKey(2, 18, 'Parse/opensign/currentInstallationId')] },
    // pusher-js: its transport cache, for its own client and for Laravel Echo's (also from a dynamic import)
    { code: "import Pusher from 'pusher-js';\nconst pusher = new Pusher('app-key', { cluster: 'eu' });", errors: [localKey(2, 16, 'pusherTransportTLS')] },
    { code: "const { default: Pusher } = await import('pusher-js');\nconst pusher = new Pusher('app-key', { cluster: 'eu' });", errors: [localKey(2, 16, 'pusherTransportTLS')] },
    { code: "import Echo from 'laravel-echo';\nnew Echo({ broadcaster: 'pusher', key, cluster });", errors: [localKey(2, 10, 'pusherTransportTLS')] },
    // Bull Board: its dashboard's settings, at the server's configuring call
    {
      code: "import { createBullBoard } from '@bull-board/api';\ncreateBullBoard({ queues: [], serverAdapter });",
      errors: [localKey(2, 1, 'board-settings'), localPattern(2, 1, 'bull-board:')],
    },
    // Transloco's persisted language and translations, in the storage given as an Angular provider
    {
      code: "import { provideTranslocoPersistLang } from '@jsverse/transloco-persist-lang';\nimport { provideTranslocoPersistTranslations } from '@jsverse/transloco-persist-translations';\nexport const providers = [\n  provideTranslocoPersistTranslations({ loader, storage: { useValue: localStorage } }),\n  provideTranslocoPersistLang({ storage: { useValue: sessionStorage }, storageKey: 'lang' }),\n];",
      errors: [localKey(4, 39, '@transloco/translations'), localKey(4, 39, '@transloco/translations/timestamp'), sessionKey(5, 84, 'lang')],
    },
    // Flowise's chat embed: the session under the chatflow's id, the input history
    {
      code: "import { FullPageChat } from 'flowise-embed-react';\nexport const Chat = () => <FullPageChat chatflowid='abc' apiHost={host} />;",
      filename: TSX_FILE,
      errors: [localKey(2, 28, 'chatInputHistory'), localKey(2, 41, 'abc_EXTERNAL')],
    },
    // scroll restoration: React Router's key (or its storageKey), Remix's `positions`
    {
      code: "import { ScrollRestoration } from 'react-router';\nimport { ScrollRestoration as RemixScroll } from '@remix-run/react';\nexport const A = () => <ScrollRestoration />;\nexport const B = () => <ScrollRestoration storageKey='tracker' />;\nexport const C = () => <RemixScroll />;",
      filename: TSX_FILE,
      errors: [sessionKey(3, 25, 'react-router-scroll-positions'), sessionKey(4, 43, 'tracker'), sessionKey(5, 25, 'positions')],
    },
    // runed's PersistedState: localStorage unless `storage: 'session'`
    { code: "import { PersistedState } from 'runed';\nconst a = new PersistedState('tracker', 1);\nconst b = new PersistedState('draft-x', '', { storage: 'session' });", errors: [localKey(2, 30, 'tracker'), sessionKey(3, 30, 'draft-x')] },
    // keycloak-js: the login redirect's state
    { code: "import Keycloak from 'keycloak-js';\nconst keycloak = new Keycloak({ url, realm, clientId });", errors: [localPattern(2, 31, 'kc-callback-')] },
    // matrix-js-sdk: the sync store's database (prefixed), its filter ids when given localStorage, the crypto store's database
    {
      code: "import { IndexedDBStore, IndexedDBCryptoStore } from 'matrix-js-sdk';\nconst store = new IndexedDBStore({ indexedDB: window.indexedDB, localStorage: window.localStorage, dbName: 'web-sync' });\nconst crypto = new IndexedDBCryptoStore(window.indexedDB, 'crypto-store');",
      errors: [localPattern(2, 34, 'mxjssdk_memory_filter_'), indexedDBName(2, 108, 'matrix-js-sdk:web-sync'), indexedDBName(3, 59, 'crypto-store')],
    },
    { code: "import { IndexedDBStore } from 'matrix-js-sdk';\nnew IndexedDBStore({ indexedDB });", errors: [indexedDBName(2, 20, 'matrix-js-sdk:default')] },
    { code: "import { MemoryStore } from 'matrix-js-sdk';\nnew MemoryStore({ localStorage });", errors: [localPattern(2, 17, 'mxjssdk_memory_filter_')] },
    // ngx-webstorage: the key lowercased after its prefix, by the service's type
    {
      code: "import { inject } from '@angular/core';\nimport { LocalStorageService } from 'ngx-webstorage';\nexport class A {\n  private ls = inject(LocalStorageService);\n  save() { this.ls.store('authToken', t); }\n}",
      errors: [localKey(5, 26, 'ngx-webstorage|authtoken')],
    },
    {
      code: "import { SessionStorageService } from 'ngx-webstorage';\nexport class A { constructor(private ss: SessionStorageService) {} save() { this.ss.store('Step', 2); } }",
      errors: [sessionKey(2, 91, 'ngx-webstorage|step')],
    },
  ],
});

/** Lints `code` with a rule that records every write, as `cookie-ledger check` does. */
function recordWrites(code: string): RecordedWrite[] {
  const recorded: RecordedWrite[] = [];
  const plugin = { rules: { record: { create: (context: never) => createWriteRecorder(context, (writes) => recorded.push(...writes)) } } };
  new Linter().verify(code, [{ files: ['**/*.js'], languageOptions: { sourceType: 'module' }, plugins: { check: plugin as never }, rules: { 'check/record': 'error' } }], 'src/app.js');
  return recorded;
}

// The names the rules above compare with the policy, in full: a fixed name beside a pattern, a tail known only at run time.
describe('names written by the client families', () => {
  it('reports gtag\'s `_ga` and `_ga_<container>` at react-ga4\'s initialize', () => {
    const [write] = recordWrites("import ReactGA from 'react-ga4';\nReactGA.initialize('G-ABC123');");
    expect(write?.names).toEqual([{ kind: 'exact', name: '_ga' }, { kind: 'partial', prefix: '_ga_', suffix: '' }]);
  });
  it('ends a TanStack query persister\'s prefix with `-<queryHash>`', () => {
    const [write] = recordWrites("import { experimental_createQueryPersister as make } from '@tanstack/query-persist-client-core';\nmake({ storage: localStorage, prefix: 'q' });");
    expect(write).toMatchObject({ storage: 'localStorage', names: [{ kind: 'partial', prefix: 'q-', suffix: '' }] });
  });
  it('cuts Amplitude\'s API key to its first 10 characters, as far as they are known', () => {
    const [write] = recordWrites("import { init } from '@amplitude/analytics-browser';\ninit(`abc${rest}`);");
    expect(write?.names).toEqual([{ kind: 'partial', prefix: 'AMP_abc', suffix: '' }, { kind: 'partial', prefix: 'AMP_MKTG_abc', suffix: '' }]);
  });
  it('names mixpanel\'s default after its token, a literal or not', () => {
    const [literal] = recordWrites("import mixpanel from 'mixpanel-browser';\nmixpanel.init('abc');");
    expect(literal).toMatchObject({ storage: 'cookie', names: [{ kind: 'exact', name: 'mp_abc_mixpanel' }] });
    const [unknown] = recordWrites("import mixpanel from 'mixpanel-browser';\nmixpanel.init(window.TOKEN);");
    expect(unknown).toMatchObject({ names: [{ kind: 'partial', prefix: 'mp_', suffix: '_mixpanel' }] });
  });
});

describe('lowercaseShapes', () => {
  it('lowercases known texts and keeps unknown runs and parameter placeholders', () => {
    expect(lowercaseShapes([['AuthToken-', UNKNOWN, '\uE000P0.storageKey\uE000X']])).toEqual([['authtoken-', UNKNOWN, '\uE000P0.storageKey\uE000x']]);
  });
});
