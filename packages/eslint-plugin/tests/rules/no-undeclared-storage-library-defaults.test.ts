// Libraries that store under a name they build themselves from the app's configuration: the
// report names what the library really writes. The fixture policy declares `app-db` in IndexedDB.
import rule from '../../src/rules/no-undeclared-storage.js';
import { RuleTester } from 'eslint';
import svelteParser from 'svelte-eslint-parser';
import { relative } from 'node:path';
import { SETTINGS, createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
const TSX_FILE = fixture('react.tsx');
// Projects whose code sets the theme (a mode toggle calling useTheme and useMantineColorScheme), and one that never does.
const THEME_APP_FILE = fixture('theme-app', 'src', 'App.tsx');
const UNSET_THEME_APP_FILE = fixture('theme-app-unset', 'src', 'App.tsx');
const SVELTE_FILE = fixture('Component.svelte');
const POLICY = relative('/', fixture('cookies.ts'));
const report = (storage: string, what: string) => (line: number, column: number, name: string) => ({
  messageId: 'undeclaredStorage' as const,
  line,
  column,
  data: { name, quoted: `'${name}'`, storage, policy: POLICY, what },
});
const indexedDBKey = report('indexedDB', 'IndexedDB key');
const indexedDBDatabase = report('indexedDB', 'IndexedDB database name');
const localStorageKey = report('localStorage', 'localStorage key');
const sessionStorageKey = report('sessionStorage', 'sessionStorage key');
const indexedDBPattern = (line: number, column: number, pattern: string) => ({
  messageId: 'undeclaredStoragePattern' as const,
  line,
  column,
  data: { article: 'An', what: 'IndexedDB key', shown: pattern.replace('*', '…'), pattern, quotedPattern: `'${pattern}'`, storage: 'indexedDB', policy: POLICY },
});

ruleTester.run('no-undeclared-storage', rule, {
  valid: [
    // better-auth's client before 1.4 writes nothing (rybbit's 1.2.7)
    { code: "import { createAuthClient } from 'better-auth/react';\nexport const authClient = createAuthClient();", filename: fixture('better-auth-1-2-app', 'src', 'auth.ts') },
    // window-splitter keeps nothing without autosaveId, and nothing in localStorage with autosaveStrategy="cookie"
    { code: "import { PanelGroup } from '@window-splitter/react';\nexport const A = () => <><PanelGroup /><PanelGroup autosaveId=\"tracker\" autosaveStrategy=\"cookie\" /></>;", filename: TSX_FILE },
    // a tus upload that does not keep its URL for resuming
    "import { Upload } from 'tus-js-client';\nnew Upload(file, { endpoint: '/files', storeFingerprintForResuming: false });",
    // next-themes and Mantine store only when the app sets the theme: a project that never calls useTheme or useMantineColorScheme (peppermint, hi.events)
    { code: "import { ThemeProvider } from 'next-themes';\nexport const App = () => <ThemeProvider attribute=\"class\">{children}</ThemeProvider>;", filename: UNSET_THEME_APP_FILE },
    { code: "import { MantineProvider } from '@mantine/core';\nexport const App = () => <MantineProvider theme={theme}>{children}</MantineProvider>;", filename: UNSET_THEME_APP_FILE },
    // Mantine 6 and earlier keep no color scheme of their own (pingvin-share, zipline)
    { code: "import { MantineProvider } from '@mantine/core';\nexport const App = () => <MantineProvider theme={theme}>{children}</MantineProvider>;", filename: fixture('mantine-6-app', 'src', 'App.tsx') },
    // a PocketBase client made in a function that never signs in with it keeps nothing (pocketbase's own confirm pages)
    "import PocketBase from 'pocketbase';\nexport async function confirm(token: string) {\n  const client = new PocketBase('/');\n  await client.collection('users').confirmPasswordReset(token, 'a', 'a');\n}",
    // PocketBase handed another auth store keeps nothing in localStorage
    "import PocketBase, { AsyncAuthStore } from 'pocketbase';\nexport const pb = new PocketBase('/', new AsyncAuthStore({ save: async (state) => state }));",
    // a project module's own export is not the package's, though it names one
    { code: "import { appName } from './wrappers/authClient';\nexport const App = () => <main>{appName}</main>;", filename: TSX_FILE },
    // a createAuthClient of another library is not better-auth's
    "import { createAuthClient } from '@example/auth';\nexport const authClient = createAuthClient();",
    // GraphiQL given the app's own storage writes nothing of its own
    { code: "import { GraphiQL } from 'graphiql';\nexport const Playground = () => <GraphiQL fetcher={fetcher} storage={memoryStorage} />;", filename: TSX_FILE },
    // useDragResize writes through the provider's storage, which its call cannot see: the provider stands for it
    "import { useDragResize } from '@graphiql/react';\nexport function usePane() { return useDragResize({ direction: 'horizontal', storageKey: 'editorFlex' }); }",
    // frappe-ui's useCall and useList without `cacheKey` keep nothing offline either
    "import { useCall, useList } from 'frappe-ui';\nuseCall({ url: '/api/v2/method/apps' });\nuseList({ doctype: 'GP Team', fields: ['name'] });",
    // frappe-ui resources without `cache` keep nothing offline; a look-alike from another package
    "import { createResource, createListResource } from 'frappe-ui';\ncreateResource({ url: 'frappe.client.get_list', auto: true });\ncreateListResource({ doctype: 'User' });",
    "import { createResource } from './resources';\ncreateResource({ url: 'x', cache: 'Users' });",
    // Sentry without Session Replay, workbox's cache-only strategies, redux-localstorage-simple's load
    "import * as Sentry from '@sentry/nextjs';\nSentry.init({ dsn, integrations: [Sentry.browserTracingIntegration()] });",
    "import { CacheFirst } from 'workbox-strategies';\nnew CacheFirst({ cacheName: 'images' });",
    "import { load } from 'redux-localstorage-simple';\nload({ states: ['settings'], namespace: 'app' });",
    // theme providers: a declared key; Mantine handed the app's own manager; a local component of the same name
    { code: "import { ThemeProvider } from 'next-themes';\nexport const App = () => <ThemeProvider storageKey=\"prefs\">{children}</ThemeProvider>;", filename: THEME_APP_FILE },
    { code: "import { MantineProvider } from '@mantine/core';\nexport const App = () => <MantineProvider colorSchemeManager={cookieManager}>{children}</MantineProvider>;", filename: THEME_APP_FILE },
    // a forced color scheme is never stored (hyperdx's `forceColorScheme={colorScheme}`)
    { code: "import { MantineProvider } from '@mantine/core';\nexport const App = () => <MantineProvider forceColorScheme={scheme} theme={theme}>{children}</MantineProvider>;", filename: THEME_APP_FILE },
    { code: "import { ThemeProvider } from './theme';\nexport const App = () => <ThemeProvider>{children}</ThemeProvider>;", filename: THEME_APP_FILE },
    // next-auth 5's SessionProvider keeps nothing in localStorage
    // ... also when pnpm's default or named catalog gives the version (`"next-auth": "catalog:"`)
    { code: "import { SessionProvider } from 'next-auth/react';\nexport const App = () => <SessionProvider>{children}</SessionProvider>;", filename: fixture('pnpm-catalog-workspace', 'apps', 'web', 'providers.tsx') },
    { code: "import { SessionProvider } from 'next-auth/react';\nexport const App = () => <SessionProvider>{children}</SessionProvider>;", filename: fixture('pnpm-catalog-workspace', 'apps', 'beta', 'providers.tsx') },
    // ... and when the app's own package.json does not list it (a workspace package hands it on): the default catalog pins it
    { code: "import { SessionProvider } from 'next-auth/react';\nexport const App = () => <SessionProvider>{children}</SessionProvider>;", filename: fixture('pnpm-catalog-workspace', 'apps', 'shell', 'providers.tsx') },
    { code: "import { SessionProvider } from 'next-auth/react';\nexport const App = () => <SessionProvider>{children}</SessionProvider>;", filename: fixture('next-auth-5-app', 'app', 'providers.tsx') },
    // loglevel told not to keep the level, or given only a default level
    { code: "import log from 'loglevel';\nlog.setLevel('warn', false);\nlog.enableAll(false);\nlog.setDefaultLevel('info');\nlog.getLogger('net').setLevel('debug', false);" },
  ],
  invalid: [
    // loglevel keeps the level it is set to (altair's logger): `loglevel`, `loglevel:<name>` for a named logger
    {
      code: "import loglevel from 'loglevel';\nloglevel.setLevel('TRACE');\nloglevel.disableAll();\nloglevel.getLogger('net').setLevel('debug', true);",
      errors: [localStorageKey(2, 1, 'loglevel'), localStorageKey(3, 1, 'loglevel'), { messageId: 'undeclaredStoragePattern' as const, line: 4, column: 1 }],
    },
    // a string key is stored as a one-element JSON array, an array as its JSON
    {
      code: "import { createResource } from 'frappe-ui';\nexport const users = createResource({\n  url: 'helpdesk.api.users',\n  cache: 'Users',\n});",
      errors: [indexedDBKey(4, 10, '["Users"]')],
    },
    {
      code: "import { createListResource } from 'frappe-ui';\nconst STATUS = 'HD Ticket Status';\ncreateListResource({ doctype: STATUS, cache: [STATUS, 'list', 2] });",
      errors: [indexedDBKey(3, 46, '["HD Ticket Status","list",2]')],
    },
    // inside a helper the parameter is the caller's: reported at the call that names it
    {
      code: "import { createResource } from 'frappe-ui';\nexport function getMeta(doctype: string) {\n  return createResource({ url: 'meta', cache: ['Meta', doctype] });\n}\ngetMeta('HD Ticket');",
      errors: [indexedDBKey(5, 9, '["Meta","HD Ticket"]')],
    },
    // a document resource is always kept, under [doctype, name], reported where the doctype is
    {
      code: "import { createDocumentResource } from 'frappe-ui';\nconst settings = createDocumentResource({\n  doctype: 'HD Settings',\n  name: 'HD Settings',\n  auto: true,\n});",
      errors: [indexedDBKey(3, 12, '["HD Settings","HD Settings"]')],
    },
    // frappe-ui's newer data API: useCall and useList keep under ["useCall", ...cacheKey], ["useList", ...cacheKey]
    {
      code: "import { useCall, useList } from 'frappe-ui';\nexport const apps = useCall({ url: '/api/v2/method/apps', cacheKey: 'apps' });\nexport const teams = useList({ doctype: 'GP Team', cacheKey: ['Teams', 2] });",
      errors: [indexedDBKey(2, 69, '["useCall","apps"]'), indexedDBKey(3, 62, '["useList","Teams",2]')],
    },
    // ... and a document under doc:<doctype>/<name>: useDoc at its doctype, useNewDoc (inserting on submit) at its argument
    {
      code: "import { useDoc, useNewDoc } from 'frappe-ui';\nconst page = useDoc({\n  doctype: 'GP Page',\n  name: () => props.pageId,\n});\nconst draft = useNewDoc('GP Draft', { title: '' });",
      errors: [indexedDBPattern(3, 12, 'doc:GP Page/*'), indexedDBPattern(6, 25, 'doc:GP Draft/*')],
    },
    // ... the document's name given by the app's own helper's caller (gameplan's useTask(taskId))
    {
      code: "import { useDoc } from 'frappe-ui';\nexport function useTask(taskId: string) {\n  return useDoc({ doctype: 'GP Task', name: taskId });\n}\nuseTask('welcome');",
      errors: [indexedDBKey(5, 9, 'doc:GP Task/welcome')],
    },
    // Sentry Session Replay, from any browser SDK, named or through the namespace
    {
      code: "import * as Sentry from '@sentry/nextjs';\nSentry.init({ dsn, integrations: [Sentry.replayIntegration({ maskAllText: false })] });",
      errors: [sessionStorageKey(2, 35, 'sentryReplaySession')],
    },
    { code: "import { replayIntegration } from '@sentry/vue';\nconst replay = replayIntegration();", errors: [sessionStorageKey(2, 16, 'sentryReplaySession')] },
    // Sentry 7's Replay class (chatbox), also from @sentry/replay
    { code: "import * as Sentry from '@sentry/react';\nSentry.init({ integrations: [new Sentry.BrowserTracing(), new Sentry.Replay()] });", errors: [sessionStorageKey(2, 59, 'sentryReplaySession')] },
    { code: "import { Replay } from '@sentry/replay';\nexport const replay = new Replay({ maskAllText: true });", errors: [sessionStorageKey(2, 23, 'sentryReplaySession')] },
    // GraphiQL keeps its editors and pane sizes under graphiql:<key>
    {
      code: "import { GraphiQL } from 'graphiql';\nexport const Playground = () => <GraphiQL fetcher={fetcher} />;",
      filename: TSX_FILE,
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 2, column: 34 }],
    },
    // Sentry's offline transport queues events in IndexedDB, also with the SDK loaded on demand
    {
      code: "export async function setup() {\n  const Sentry = await import('@sentry/vue');\n  Sentry.init({ dsn, transport: Sentry.makeBrowserOfflineTransport(Sentry.makeFetchTransport) });\n}",
      errors: [indexedDBDatabase(3, 33, 'sentry-offline')],
    },
    // workbox's expiration and background-sync plugins keep their own databases
    {
      code: "import { ExpirationPlugin } from 'workbox-expiration';\nimport { BackgroundSyncPlugin } from 'workbox-background-sync';\nconst plugins = [new ExpirationPlugin({ maxEntries: 50 }), new BackgroundSyncPlugin('posts')];",
      errors: [indexedDBDatabase(3, 18, 'workbox-expiration'), indexedDBDatabase(3, 60, 'workbox-background-sync')],
    },
    // Serwist, Workbox's successor (readest's service worker)
    {
      code: "import { ExpirationPlugin, BackgroundSyncQueue } from 'serwist';\nconst plugins = [new ExpirationPlugin({ maxEntries: 128 })];\nconst queue = new BackgroundSyncQueue('posts');",
      errors: [indexedDBDatabase(2, 18, 'serwist-expiration'), indexedDBDatabase(3, 15, 'serwist-background-sync')],
    },
    // redux-localstorage-simple: one key per saved state, after the namespace and its separator
    {
      code: "import { save } from 'redux-localstorage-simple';\nconst config = {\n  states: ['settings', 'servers'],\n  namespace: 'shlink',\n  namespaceSeparator: '.',\n};\nexport const middleware = save(config);",
      errors: [localStorageKey(4, 14, 'shlink.settings'), localStorageKey(4, 14, 'shlink.servers')],
    },
    // react-hook-form-persist keeps the form in sessionStorage unless told otherwise
    { code: "import useFormPersist from 'react-hook-form-persist';\nuseFormPersist('new-poll', { watch, setValue });", errors: [sessionStorageKey(2, 16, 'new-poll')] },
    { code: "import useFormPersist from 'react-hook-form-persist';\nuseFormPersist('draft-form', { watch, setValue, storage: window.localStorage });", errors: [localStorageKey(2, 16, 'draft-form')] },
    { code: "import { save } from 'redux-localstorage-simple';\nsave();", errors: [localStorageKey(2, 1, 'redux_localstorage_simple')] },
    { code: "import { save } from 'redux-localstorage-simple';\nsave({ states: ['user'] });", errors: [localStorageKey(2, 6, 'redux_localstorage_simple_user')] },
    // theme providers write their default key, or the one their prop names
    {
      code: "import { ThemeProvider as NextThemesProvider } from 'next-themes';\nexport const App = () => (\n  <NextThemesProvider attribute=\"class\" defaultTheme=\"system\">\n    {children}\n  </NextThemesProvider>\n);",
      filename: THEME_APP_FILE,
      errors: [localStorageKey(3, 4, 'theme')],
    },
    { code: "import { ThemeProvider } from 'next-themes';\nconst KEY = 'ui-theme';\nexport const App = () => <ThemeProvider storageKey={KEY} />;", filename: THEME_APP_FILE, errors: [localStorageKey(3, 53, 'ui-theme')] },
    { code: "import { MantineProvider } from '@mantine/core';\nexport const App = () => <MantineProvider theme={theme}>{children}</MantineProvider>;", filename: THEME_APP_FILE, errors: [localStorageKey(2, 27, 'mantine-color-scheme-value')] },
    // MUI Joy's CssVarsProvider writes its mode and both color schemes on the first visit, under its defaults or the keys its props give
    {
      code: "import { CssVarsProvider } from '@mui/joy';\nexport const App = () => <CssVarsProvider defaultMode='light'>{children}</CssVarsProvider>;",
      filename: TSX_FILE,
      errors: [localStorageKey(2, 27, 'joy-mode'), localStorageKey(2, 27, 'joy-color-scheme-light'), localStorageKey(2, 27, 'joy-color-scheme-dark')],
    },
    {
      code: "import { CssVarsProvider } from '@mui/joy/styles';\nexport const App = () => <CssVarsProvider modeStorageKey='app-mode' colorSchemeStorageKey='app-scheme' />;",
      filename: TSX_FILE,
      errors: [localStorageKey(2, 43, 'app-mode'), localStorageKey(2, 69, 'app-scheme-light'), localStorageKey(2, 69, 'app-scheme-dark')],
    },
    // PocketBase keeps its session in localStorage `pocketbase_auth`, or under the key its LocalAuthStore is given
    { code: "import PocketBase from 'pocketbase';\nexport const pb = new PocketBase('/');", errors: [localStorageKey(2, 19, 'pocketbase_auth')] },
    { code: "import PocketBase from 'pocketbase';\nexport async function login() {\n  const client = new PocketBase('/');\n  await client.collection('users').authWithPassword('a', 'b');\n}", errors: [localStorageKey(3, 18, 'pocketbase_auth')] },
    { code: "import PocketBase, { LocalAuthStore } from 'pocketbase';\nexport const pb = new PocketBase('/', new LocalAuthStore('my_auth'));", errors: [localStorageKey(2, 58, 'my_auth')] },
    // a package's component handed on by a project module, through a barrel and under another name
    { code: "import { SessionProvider } from './wrappers/authClient';\nexport const App = ({ session }) => <SessionProvider session={session}>{children}</SessionProvider>;", filename: TSX_FILE, errors: [localStorageKey(2, 38, 'nextauth.message')] },
    { code: "import { AuthSessionProvider } from './wrappers/authBarrel';\nexport const App = () => <AuthSessionProvider>{children}</AuthSessionProvider>;", filename: TSX_FILE, errors: [localStorageKey(2, 27, 'nextauth.message')] },
    // tus-js-client keeps each upload's URL under tus::<fingerprint>::<id> to resume it
    {
      code: "import * as tus from 'tus-js-client';\nconst upload = new tus.Upload(file, { endpoint: '/files' });",
      errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 2, column: 37 }],
    },
    // emoji-mart's React picker keeps the recent emoji and the skin tone under emoji-mart.*
    { code: "import Picker from '@emoji-mart/react';\nexport const Emoji = () => <Picker data={data} onEmojiSelect={pick} />;", filename: TSX_FILE, errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 2, column: 29 }] },
    // ... and so does the custom element it renders, made with `new Picker(options)`
    { code: "import { Picker } from 'emoji-mart';\nexport const picker = new Picker({ data, onEmojiSelect: pick });", errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 2, column: 34 }] },
    // ... also from its browser build, the global `EmojiMart` a `<script>` tag loads (mirotalk's client.js)
    { code: "const picker = new EmojiMart.Picker({ theme: 'dark', onEmojiSelect: pick });", errors: [{ messageId: 'undeclaredStoragePattern' as const, line: 1, column: 37 }] },
    // LiveKit's components keep the microphone and camera choices under lk-user-choices, unless told not to save them
    {
      code: "import { PreJoin, VideoConference, ControlBar } from '@livekit/components-react';\nexport const Room = () => (\n  <>\n    <PreJoin onSubmit={join} />\n    <VideoConference />\n    <PreJoin persistUserChoices={false} />\n    <ControlBar saveUserChoices={false} />\n  </>\n);",
      filename: TSX_FILE,
      errors: [localStorageKey(4, 6, 'lk-user-choices'), localStorageKey(5, 6, 'lk-user-choices')],
    },
    // Plyr keeps the player's settings under its storage key, `plyr` by default, unless storage is off
    {
      code: "import Plyr from 'plyr';\nconst player = new Plyr(video, { controls: ['play'] });\nconst other = new Plyr(video, { storage: { key: 'tracker-player' } });\nconst quiet = new Plyr(video, { storage: { enabled: false } });",
      errors: [localStorageKey(2, 32, 'plyr'), localStorageKey(3, 49, 'tracker-player')],
    },
    // emoji-picker-react keeps the recently used emoji under epr_suggested
    { code: "import EmojiPicker from 'emoji-picker-react';\nexport const Emoji = () => <EmojiPicker onEmojiClick={pick} />;", filename: TSX_FILE, errors: [localStorageKey(2, 29, 'epr_suggested')] },
    // Solana's WalletProvider keeps the chosen wallet under localStorageKey, walletName by default
    {
      code: "import { WalletProvider } from '@solana/wallet-adapter-react';\nexport const A = () => <WalletProvider wallets={[]}>{children}</WalletProvider>;\nexport const B = () => <WalletProvider wallets={[]} localStorageKey=\"wallet\">{children}</WalletProvider>;",
      filename: TSX_FILE,
      errors: [localStorageKey(2, 25, 'walletName'), localStorageKey(3, 53, 'wallet')],
    },
    // @window-splitter/react keeps the panels' sizes under autosaveId, also through the app's pass-through component
    {
      code: "import { PanelGroup } from '@window-splitter/react';\nconst Resizable = ({ className, ...props }) => <PanelGroup className={className} {...props} />;\nexport const A = () => <PanelGroup autosaveId=\"split\" />;\nexport const B = () => <Resizable autosaveId=\"tracker\" />;\nexport const C = () => <Resizable />;",
      filename: TSX_FILE,
      errors: [localStorageKey(3, 36, 'split'), localStorageKey(4, 46, 'tracker')],
    },
    // a pass-through theme provider: its default is checked where it renders next-themes, a key its caller gives at the caller
    {
      code: "import { ThemeProvider as NextThemesProvider } from 'next-themes';\nfunction ThemeProvider({ children, ...props }) {\n  return <NextThemesProvider attribute=\"class\" {...props}>{children}</NextThemesProvider>;\n}\nexport const A = () => <ThemeProvider enableSystem>{children}</ThemeProvider>;\nexport const B = () => <ThemeProvider storageKey=\"ui-theme\">{children}</ThemeProvider>;",
      filename: THEME_APP_FILE,
      errors: [localStorageKey(3, 11, 'theme'), localStorageKey(6, 50, 'ui-theme')],
    },
    // better-auth's client tells other tabs of a session change through localStorage
    { code: "import { createAuthClient } from 'better-auth/react';\nexport const authClient = createAuthClient({ plugins: [] });", errors: [localStorageKey(2, 27, 'better-auth.message')] },
    // ... from better-auth 1.4 on, as the project's package.json asks
    { code: "import { createAuthClient } from 'better-auth/react';\nexport const authClient = createAuthClient();", filename: fixture('better-auth-1-4-app', 'src', 'auth.ts'), errors: [localStorageKey(2, 27, 'better-auth.message')] },
    // next-auth 4's SessionProvider tells other tabs through localStorage
    { code: "import { SessionProvider } from 'next-auth/react';\nexport const App = ({ session }) => <SessionProvider session={session}>{children}</SessionProvider>;", filename: TSX_FILE, errors: [localStorageKey(2, 38, 'nextauth.message')] },
    {
      code: "import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core';\nconst manager = localStorageColorSchemeManager({ key: 'app-color-scheme' });",
      filename: TSX_FILE,
      errors: [localStorageKey(2, 55, 'app-color-scheme')],
    },
  ],
});

// Svelte components from a library, as kener renders mode-watcher's
new RuleTester({ languageOptions: { parser: svelteParser as never, ecmaVersion: 'latest', sourceType: 'module' }, settings: SETTINGS }).run('no-undeclared-storage (svelte)', rule as never, {
  valid: [{ code: "<script>\n  import ModeWatcher from './ModeWatcher.svelte';\n</script>\n<ModeWatcher />", filename: SVELTE_FILE }],
  invalid: [
    { code: "<script>\n  import { ModeWatcher } from 'mode-watcher';\n</script>\n\n<ModeWatcher defaultMode={data.theme} />", filename: SVELTE_FILE, errors: [{ messageId: 'undeclaredStorage', line: 5, column: 2 }] },
    { code: "<script>\n  import { ModeWatcher } from 'mode-watcher';\n</script>\n<ModeWatcher modeStorageKey=\"kener-mode\" />", filename: SVELTE_FILE, errors: [{ messageId: 'undeclaredStorage', line: 4, column: 14 }] },
  ],
});
