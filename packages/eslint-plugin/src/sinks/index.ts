import { astro } from './astro.js';
import { auth0Spa, auth0SpaCache } from './auth0-spa.js';
import { clerk, clerkClient } from './clerk.js';
import { csurf } from './csurf.js';
import { fastifySecureSession, fastifySession } from './fastify-session.js';
import { firebaseAuth } from './firebase-auth.js';
import { firebaseAnalytics, firebaseInstallations } from './firebase-analytics.js';
import { ironSession } from './iron-session.js';
import { koaSession } from './koa-session.js';
import { lucia } from './lucia.js';
import { msalBrowser, msalBrowserEncryption } from './msal-browser.js';
import { nuxtAuthUtils } from './nuxt-auth-utils.js';
import { oidcClientTs } from './oidc-client-ts.js';
import { amplitude } from './amplitude.js';
import { apollo3CachePersist } from './apollo3-cache-persist.js';
import { intercom } from './intercom.js';
import { mixpanelBrowser } from './mixpanel-browser.js';
import { ngxWebstorage } from './ngx-webstorage.js';
import { nuxtI18n } from './nuxt-i18n.js';
import { paraglideJs } from './paraglide-js.js';
import { reactGa } from './react-ga.js';
import { reactGa4 } from './react-ga4.js';
import { vueGtag } from './vue-gtag.js';
import { reactResizablePanels } from './react-resizable-panels.js';
import { segment, segmentStorage } from './segment.js';
import { store2 } from './store2.js';
import { lscache } from './lscache.js';
import { capacitorPreferences } from './capacitor-preferences.js';
import { sveltiaIndexedDB, sveltiaLocalStorage } from './sveltia-utils.js';
import { pocketbase } from './pocketbase.js';
import { tanstackQueryPersist } from './tanstack-query-persist.js';
import { vuexPersistedstate } from './vuex-persistedstate.js';
import { betterAuth, betterAuthClient } from './better-auth.js';
import { tusJsClient } from './tus-js-client.js';
import { emojiMart } from './emoji-mart.js';
import { livekitComponents } from './livekit-components.js';
import { plyr } from './plyr.js';
import { datadog } from './datadog.js';
import { nextcloudBrowserStorage } from './nextcloud-browser-storage.js';
import { nextcloudVue } from './nextcloud-vue.js';
import { loglevel } from './loglevel.js';
import { angularLocalStorage } from './angular-local-storage.js';
import { windowSplitter } from './window-splitter.js';
import { cookieLedgerRuntime } from './cookie-ledger-runtime.js';
import { cookiePackage } from './cookie-package.js';
import { cookieSession } from './cookie-session.js';
import { cookieStore } from './cookie-store.js';
import { cookiesNext } from './cookies-next.js';
import { documentCookie } from './document-cookie.js';
import { express } from './express.js';
import { expressSession } from './express-session.js';
import { expressOpenidConnect } from './express-openid-connect.js';
import { oidcProvider } from './oidc-provider.js';
import { fastify } from './fastify.js';
import { frappeUi } from './frappe-ui.js';
import { h3 } from './h3.js';
import { tanstackStart } from './tanstack-start.js';
import { electron } from './electron.js';
import { i18nextLanguageDetector } from './i18next-languagedetector.js';
import { idbKeyval } from './idb-keyval.js';
import { dexie, idb, indexedDB, yIndexeddb } from './indexeddb.js';
import { hono } from './hono.js';
import { jotai } from './jotai.js';
import { jqueryCookie } from './jquery-cookie.js';
import { jsCookieFamily } from './js-cookie.js';
import { koa } from './koa.js';
import { localforage } from './localforage.js';
import { unstorage } from './unstorage.js';
import { solidPrimitivesStorage } from './solid-primitives-storage.js';
import { artplayer } from './artplayer.js';
import { aplayer } from './aplayer.js';
import { excalidraw } from './excalidraw.js';
import { welshmanStore } from './welshman-store.js';
import { matrixJsSdk } from './matrix-js-sdk.js';
import { swaggerUi } from './swagger-ui.js';
import { emojiPickerElement } from './emoji-picker-element.js';
import { keycloakJs } from './keycloak-js.js';
import { crispSdkWeb } from './crisp-sdk-web.js';
import { pusherJs } from './pusher-js.js';
import { bullBoard } from './bull-board.js';
import { transloco } from './transloco.js';
import { flowiseEmbed } from './flowise-embed.js';
import { scrollRestoration } from './scroll-restoration.js';
import { next } from './next.js';
import { nextAuth4, nextAuth4Client, nextAuth5 } from './next-auth.js';
import { graphiql } from './graphiql.js';
import { supabase, supabaseSsr } from './supabase.js';
import { nextIntl } from './next-intl.js';
import { nuxtColorMode } from './nuxt-color-mode.js';
import { ngxCookieService } from './ngx-cookie-service.js';
import { nookies } from './nookies.js';
import { piniaPersistedstate } from './pinia-persistedstate.js';
import { posthog } from './posthog.js';
import { reactRouter } from './react-router.js';
import { mantineHooks, reactUse, uidotdevUsehooks, usehooksTs } from './react-storage-hooks.js';
import { setCookieHeader } from './set-cookie-header.js';
import { reactHookFormPersist, reduxLocalstorageSimple, reduxPersist, zustandPersist } from './state-persistence.js';
import { sentryOffline, sentryReplay } from './sentry.js';
import { workbox } from './workbox.js';
import { runedPersistedState, sveltePersistedStore } from './svelte-persisted-store.js';
import { svelteKit } from './sveltekit.js';
import { mantineColorScheme, modeWatcher, muiJoyColorScheme, nextThemes } from './theme-providers.js';
import { tinyCookie } from './tiny-cookie.js';
import { reactCookies } from './react-cookies.js';
import { parseSdk } from './parse.js';
import { ahooks } from './ahooks.js';
import { logto } from './logto.js';
import type { SinkFamily } from './types.js';
import { typescriptCookie } from './typescript-cookie.js';
import { reactUseCookie } from './react-use-cookie.js';
import { dubAnalytics } from './dub-analytics.js';
import { hyperdxBrowser } from './hyperdx-browser.js';
import { emojiPickerReact } from './emoji-picker-react.js';
import { solanaWalletAdapter } from './solana-wallet-adapter.js';
import { universalCookie } from './universal-cookie.js';
import { vueCookies } from './vue-cookies.js';
import { vueuseColorMode, vueuseCookies, vueuseStorage } from './vueuse.js';
import { localStorageFamily, sessionStorageFamily } from './web-storage.js';

/** Every cookie-writing family of reference/sinks.md section 1, in its order, then the libraries added since. */
export const COOKIE_SINK_FAMILIES: readonly SinkFamily[] = [
  documentCookie,
  cookieStore,
  jsCookieFamily,
  universalCookie,
  cookiesNext,
  nookies,
  next,
  express,
  expressSession,
  expressOpenidConnect,
  oidcProvider,
  cookieSession,
  koa,
  fastify,
  hono,
  h3,
  tanstackStart,
  electron,
  svelteKit,
  reactRouter,
  astro,
  ngxCookieService,
  cookiePackage,
  setCookieHeader,
  vueCookies,
  jqueryCookie,
  tinyCookie,
  reactCookies,
  typescriptCookie,
  reactUseCookie,
  vueuseCookies,
  posthog,
  betterAuth,
  nextAuth4,
  nextAuth5,
  nextIntl,
  supabaseSsr,
  cookieLedgerRuntime,
  ironSession,
  lucia,
  clerk,
  auth0Spa,
  msalBrowserEncryption,
  koaSession,
  fastifySession,
  fastifySecureSession,
  csurf,
  nuxtAuthUtils,
  mixpanelBrowser,
  amplitude,
  datadog,
  segment,
  intercom,
  reactGa,
  crispSdkWeb,
  dubAnalytics,
  hyperdxBrowser,
  reactGa4,
  vueGtag,
  firebaseAnalytics,
  nuxtI18n,
  paraglideJs,
];

/** Every device-storage family of reference/sinks.md section 7 (Web Storage, IndexedDB and their wrappers), then the libraries added since. */
export const STORAGE_SINK_FAMILIES: readonly SinkFamily[] = [
  localStorageFamily,
  sessionStorageFamily,
  indexedDB,
  idb,
  dexie,
  localforage,
  unstorage,
  solidPrimitivesStorage,
  artplayer,
  aplayer,
  excalidraw,
  parseSdk,
  logto,
  welshmanStore,
  matrixJsSdk,
  swaggerUi,
  emojiPickerElement,
  emojiPickerReact,
  solanaWalletAdapter,
  keycloakJs,
  pusherJs,
  bullBoard,
  transloco,
  flowiseEmbed,
  scrollRestoration,
  idbKeyval,
  zustandPersist,
  reduxPersist,
  yIndexeddb,
  vueuseStorage,
  vueuseColorMode,
  supabase,
  usehooksTs,
  reactUse,
  ahooks,
  uidotdevUsehooks,
  mantineHooks,
  jotai,
  piniaPersistedstate,
  sveltePersistedStore,
  runedPersistedState,
  nuxtColorMode,
  i18nextLanguageDetector,
  frappeUi,
  reduxLocalstorageSimple,
  reactHookFormPersist,
  sentryReplay,
  sentryOffline,
  graphiql,
  workbox,
  nextThemes,
  modeWatcher,
  mantineColorScheme,
  muiJoyColorScheme,
  nextAuth4Client,
  betterAuthClient,
  tusJsClient,
  emojiMart,
  livekitComponents,
  plyr,
  nextcloudBrowserStorage,
  nextcloudVue,
  loglevel,
  angularLocalStorage,
  windowSplitter,
  clerkClient,
  auth0SpaCache,
  oidcClientTs,
  msalBrowser,
  firebaseAuth,
  firebaseInstallations,
  tanstackQueryPersist,
  vuexPersistedstate,
  apollo3CachePersist,
  store2,
  lscache,
  capacitorPreferences,
  sveltiaLocalStorage,
  sveltiaIndexedDB,
  pocketbase,
  reactResizablePanels,
  segmentStorage,
  ngxWebstorage,
];

/** The whole catalogue: cookies, then device storage. Every rule walks it once per file. */
export const SINK_FAMILIES: readonly SinkFamily[] = [...COOKIE_SINK_FAMILIES, ...STORAGE_SINK_FAMILIES];

export type * from './types.js';
