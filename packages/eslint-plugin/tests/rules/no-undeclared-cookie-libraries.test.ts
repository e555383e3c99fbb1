// The cookie libraries of issue 10: tiny-cookie, typescript-cookie, VueUse's useCookies, and
// Nuxt's auto-imported useCookie (matched only in a Nuxt project), posthog-js, better-auth. The fixture policy declares
// `sessionid`, `theme`, `_ga_*` and `*.session_token` as cookies.
import { relative } from 'node:path';
import rule from '../../src/rules/no-undeclared-cookie.js';
import { SETTINGS, createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
const undeclared = (line: number, column: number) => ({ messageId: 'undeclaredCookie' as const, line, column });
const NUXT_FILE = fixture('nuxt-app', 'pages', 'index.ts');
// The rule tester lints from the file system root: messages name the policy relative to it.
const POLICY = relative('/', fixture('cookies.ts'));

ruleTester.run('no-undeclared-cookie', rule, {
  valid: [
    // Nuxt's useCookie without `default`, held in a const that is only read, writes nothing (opnform's LoginForm)
    { code: "const consent = useCookie('tracker', { maxAge: 60 });\nif (consent.value) go(consent.value);", filename: NUXT_FILE },
    // better-auth with a prefix whose companions the policy covers (`*.session_token` is declared; the others are not, so only a look-alike is valid here)
    "import { betterAuth } from './auth-lib';\nbetterAuth({ advanced: { cookiePrefix: 'app' } });",
    // posthog in memory keeps nothing (homarr's analytics)
    "import posthog from 'posthog-js'; posthog.init('phc_abc', { persistence: 'memory' });",
    // another package loaded on demand is not posthog
    "void import('other-analytics').then(({ default: posthog }) => posthog.init('phc_abc'));",
    // posthog keeping its state in localStorage writes no cookie (no-undeclared-storage reports it)
    "import posthog from 'posthog-js'; posthog.init('phc_abc', { persistence: 'localStorage' });",
    "import { set, setCookie } from 'tiny-cookie'; set('theme', 'dark', { expires: '1Y' }); setCookie('sessionid', id);",
    "import { setCookie, Cookies } from 'typescript-cookie'; setCookie('theme', 'dark', { expires: 365 }); Cookies.set('theme', 'dark');",
    "import { useCookies } from '@vueuse/integrations/useCookies'; useCookies().set('theme', 'dark');",
    { code: "const theme = useCookie('theme');", filename: NUXT_FILE },
    // options the rule cannot read (a call) are not assumed to leave the name out
    "import { betterAuth } from 'better-auth';\nexport const a = betterAuth({ advanced: domain ? makeAdvanced() : undefined });",
    // a cookie table the rule cannot read may rename every cookie: no default is reported (no-unresolved-cookie-name warns)
    "import NextAuth from 'next-auth';\nimport { cookieTable } from 'elsewhere';\nexport default NextAuth({ cookies: cookieTable() });",
    // next-intl: a declared locale cookie, no locale cookie, a routing object made elsewhere
    "import { defineRouting } from 'next-intl/routing';\nexport const routing = defineRouting({ locales: ['en'], defaultLocale: 'en', localeCookie: { name: 'theme', maxAge: 60 } });",
    "import { defineRouting } from 'next-intl/routing';\nexport const routing = defineRouting({ locales: ['en'], defaultLocale: 'en', localeCookie: false });",
    "import createMiddleware from 'next-intl/middleware';\nimport { routing } from './i18n/routing';\nexport default createMiddleware(routing);",
    // <PostHogProvider client={posthog}> hands over a client initialised elsewhere: nothing of its own
    { code: "import { PostHogProvider } from 'posthog-js/react';\nimport posthog from './analytics';\nexport const App = () => <PostHogProvider client={posthog}><main /></PostHogProvider>;", filename: fixture('react.tsx') },
    // reads and removals
    "import { get, remove, getAll } from 'tiny-cookie'; get('tracker'); remove('tracker'); getAll();",
    "import { getCookie, removeCookie } from 'typescript-cookie'; getCookie('tracker'); removeCookie('tracker');",
    // react-use-cookie's hook reads until its setter is taken; getCookie and removeCookie
    "import useCookie, { getCookie, removeCookie } from 'react-use-cookie';\nexport function Mode() { const [mode] = useCookie('tracker', 'dark'); getCookie('tracker_b'); removeCookie('tracker_c'); return mode; }",
    "import { useCookies } from '@vueuse/integrations/useCookies'; const cookies = useCookies(); cookies.get('tracker'); cookies.remove('tracker');",
    // look-alikes: an unimported useCookie outside a Nuxt project, a local useCookie in one, a Map's set
    "const tracker = useCookie('tracker');",
    { code: "function useCookie(name: string) { return name; } useCookie('tracker');", filename: NUXT_FILE },
    // a read-only cookie ref never writes
    { code: "const open = useCookie('tracker', { readonly: true });", filename: NUXT_FILE },
    // without `default`, a ref whose `.value` is only read, or set to null (a removal), writes nothing
    { code: "const token = useCookie('tracker').value;\nuseCookie('tracker_b').value = null;", filename: NUXT_FILE },
    "const cookies = new Map(); cookies.set('tracker', '1');",
    // pinia-plugin-persistedstate keeps stores in localStorage outside Nuxt: no-undeclared-storage's
    "import { defineStore } from 'pinia'; defineStore('tracker', { persist: true });",
  ],
  invalid: [
    // a library loaded on demand: `import('m').then(({ default: lib }) => ...)`, `const { default: lib } = await import('m')`
    {
      code: "export function initPosthog(key: string) {\n  void import('posthog-js').then(({ default: posthog }) => {\n    posthog.init('phc_abc', { api_host: host });\n  });\n}\nexport async function later() {\n  const { default: ph } = await import('posthog-js');\n  ph.init('phc_def');\n}",
      errors: [
        { ...undeclared(3, 18), data: { name: 'ph_phc_abc_posthog', quoted: "'ph_phc_abc_posthog'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
        { ...undeclared(8, 11), data: { name: 'ph_phc_def_posthog', quoted: "'ph_phc_def_posthog'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
      ],
    },
    // posthog's named export, and the instance kept in a variable typed `PostHog` (big-AGI's `let _posthog: PostHog | null`)
    {
      code: "import type { PostHog } from 'posthog-js';\nimport { posthog as ph } from 'posthog-js';\nlet kept: PostHog | null = null;\nexport function load() {\n  void import('posthog-js').then(({ posthog }) => { kept = posthog; kept.init('phc_abc', {}); });\n}\nph.init('phc_def');",
      errors: [
        { ...undeclared(5, 79), data: { name: 'ph_phc_abc_posthog', quoted: "'ph_phc_abc_posthog'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
        { ...undeclared(7, 9), data: { name: 'ph_phc_def_posthog', quoted: "'ph_phc_def_posthog'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
      ],
    },
    // the i18next language detector used as an instance (authelia adds its own detector to it first)
    {
      code: "import i18n from 'i18next';\nimport LanguageDetector from 'i18next-browser-languagedetector';\nconst detector = new LanguageDetector();\ndetector.addDetector(custom);\ni18n.use(detector).init({ detection: { caches: ['cookie'], lookupCookie: 'language' } });",
      errors: [{ ...undeclared(5, 74), data: { name: 'language', quoted: "'language'", storage: 'cookie', policy: POLICY, what: 'cookie' } }],
    },
    // next-auth 4 (no version listed: 4 is assumed): the defaults at the call, over HTTP and HTTPS; a renamed cookie where its name is
    {
      code: "import NextAuth from 'next-auth';\nexport default NextAuth({ providers: [] });",
      errors: ['next-auth.session-token', '__Secure-next-auth.session-token', 'next-auth.callback-url', '__Secure-next-auth.callback-url', 'next-auth.csrf-token', '__Host-next-auth.csrf-token'].map((name) => ({
        ...undeclared(2, 25),
        data: { name, quoted: `'${name}'`, storage: 'cookie', policy: POLICY, what: 'cookie' },
      })),
    },
    {
      code: "import NextAuth from 'next-auth/next';\nexport default async function auth(req, res) {\n  return NextAuth(req, res, {\n    cookies: {\n      sessionToken: { name: 'sessionid', options: {} },\n      callbackUrl: { name: 'theme', options: {} },\n      csrfToken: { name: 'sessionid', options: {} },\n      pkceCodeVerifier: { name: `${prefix}next-auth.pkce.code_verifier`, options: {} },\n    },\n  });\n}",
      errors: [{ messageId: 'undeclaredCookiePattern' as const, line: 8, column: 33 }],
    },
    // the cookie table built by a project function (homarr's `cookies: createCookies(secure)`)
    {
      code: "import NextAuth from 'next-auth';\nconst createCookies = (secure: boolean) => ({\n  sessionToken: { name: secure ? '__Secure-tracker' : 'tracker' },\n  callbackUrl: { name: 'theme' },\n  csrfToken: { name: 'sessionid' },\n});\nexport default NextAuth({ cookies: createCookies(true) });",
      errors: [undeclared(3, 25), undeclared(3, 25)],
    },
    // options of another module: its renamed cookie is reported there, the defaults still at the call
    {
      code: "import NextAuth from 'next-auth';\nimport { authOptions } from './wrappers/authOptions';\nexport default NextAuth(authOptions);",
      errors: ['next-auth.callback-url', '__Secure-next-auth.callback-url', 'next-auth.csrf-token', '__Host-next-auth.csrf-token'].map((name) => ({
        ...undeclared(3, 25),
        data: { name, quoted: `'${name}'`, storage: 'cookie', policy: POLICY, what: 'cookie' },
      })),
    },
    // options declared with next-auth's type, in their own module: the cookies they rename are reported where they are named
    {
      code: "import type { NextAuthOptions } from 'next-auth';\nexport const authOptions: NextAuthOptions = {\n  providers: [],\n  cookies: { sessionToken: { name: 'app.session', options: {} }, csrfToken: { name: 'sessionid', options: {} } },\n};\nexport const other = { providers: [] } satisfies NextAuthOptions;",
      errors: [{ ...undeclared(4, 36), data: { name: 'app.session', quoted: "'app.session'", storage: 'cookie', policy: POLICY, what: 'cookie' } }],
    },
    // a handler building its options from them (`{ ...authOptions, callbacks }`) in the same file: the renamed cookie once, the defaults at the call
    {
      code: "import NextAuth, { type NextAuthOptions } from 'next-auth';\nexport const authOptions: NextAuthOptions = { cookies: { sessionToken: { name: 'app.session' } } };\nconst getOptions = (req): NextAuthOptions => ({ ...authOptions, callbacks: {} });\nexport default function auth(req, res) {\n  return NextAuth(req, res, getOptions(req));\n}",
      errors: [
        { ...undeclared(2, 80), data: { name: 'app.session', quoted: "'app.session'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
        ...['next-auth.callback-url', '__Secure-next-auth.callback-url', 'next-auth.csrf-token', '__Host-next-auth.csrf-token'].map((name) => ({
          ...undeclared(5, 29),
          data: { name, quoted: `'${name}'`, storage: 'cookie', policy: POLICY, what: 'cookie' },
        })),
      ],
    },
    // options an async function of the project returns, awaited (langfuse's `await getAuthOptions()`): every cookie is renamed there
    {
      code: "import NextAuth, { type NextAuthOptions } from 'next-auth';\nasync function getAuthOptions(): Promise<NextAuthOptions> {\n  const data: NextAuthOptions = { cookies: { sessionToken: { name: 'app.session' }, callbackUrl: { name: 'app.callback' }, csrfToken: { name: 'app.csrf' } } };\n  return data;\n}\nexport default async function auth(req, res) {\n  const authOptions = await getAuthOptions();\n  return NextAuth(req, res, authOptions);\n}",
      errors: [
        { ...undeclared(3, 68), data: { name: 'app.session', quoted: "'app.session'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
        { ...undeclared(3, 106), data: { name: 'app.callback', quoted: "'app.callback'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
        { ...undeclared(3, 143), data: { name: 'app.csrf', quoted: "'app.csrf'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
      ],
    },
    // js-cookie imported by a project module and exported again
    { code: "import { Cookies } from './wrappers/authClient';\nCookies.set('app.session', '1');", errors: [{ ...undeclared(2, 13), data: { name: 'app.session', quoted: "'app.session'", storage: 'cookie', policy: POLICY, what: 'cookie' } }] },
    // a `let` exported without a value and given one once (`browserCookies = Cookies.withAttributes(...)` in an `if`)
    { code: "import { browserCookies } from './wrappers/authClient';\nbrowserCookies.set('app.session', '1');", errors: [{ ...undeclared(2, 20), data: { name: 'app.session', quoted: "'app.session'", storage: 'cookie', policy: POLICY, what: 'cookie' } }] },
    // better-auth's hooks and endpoints: `ctx.setCookie(name)` (rallly's locale cookie after sign-in)
    {
      code: "import { createAuthMiddleware } from 'better-auth/api';\nexport const after = createAuthMiddleware(async (ctx) => {\n  ctx.setCookie('tracker', 'en', { maxAge: 60 });\n});",
      errors: [{ ...undeclared(3, 17), data: { name: 'tracker', quoted: "'tracker'", storage: 'cookie', policy: POLICY, what: 'cookie' } }],
    },
    // options that are one of a few objects, or nothing: the branch naming the item, else the default (the fixture policy declares `*.session_token`)
    {
      code: "import { betterAuth } from 'better-auth';\nexport const a = betterAuth({ advanced: domain ? { crossSubDomainCookies: { enabled: true } } : undefined });\nexport const b = betterAuth({ advanced: domain && { cookiePrefix: 'app' } });",
      errors: [
        ...['better-auth.session_data', 'better-auth.dont_remember'].map((name) => ({ ...undeclared(2, 29), data: { name, quoted: `'${name}'`, storage: 'cookie', policy: POLICY, what: 'cookie' } })),
        ...['app.session_data', 'app.dont_remember'].map((name) => ({ ...undeclared(3, 67), data: { name, quoted: `'${name}'`, storage: 'cookie', policy: POLICY, what: 'cookie' } })),
      ],
    },
    // posthog's React provider initialises posthog-js with its apiKey
    {
      code: "import { PostHogProvider } from 'posthog-js/react';\nexport const App = ({ children }) => <PostHogProvider apiKey=\"phc_abc\">{children}</PostHogProvider>;",
      filename: fixture('react.tsx'),
      errors: [{ ...undeclared(2, 55), data: { name: 'ph_phc_abc_posthog', quoted: "'ph_phc_abc_posthog'", storage: 'cookie', policy: POLICY, what: 'cookie' } }],
    },
    // @supabase/ssr's browser client keeps the session in sb-<project>-auth-token, or cookieOptions.name
    {
      code: "import { createBrowserClient } from '@supabase/ssr';\nexport const a = createBrowserClient(url, key);\nexport const b = createBrowserClient(url, key, { cookieOptions: { name: 'app-auth' } });",
      errors: [{ messageId: 'undeclaredCookiePattern' as const, line: 2, column: 18 }, undeclared(3, 73)],
    },
    // its server client sets the session through the app's set/setAll, reported at the call (at the
    // function's name when the options start lines later); the callbacks' own writes are the library's,
    // also for the callers of the helper that makes the client; a client given only get sets nothing
    {
      code: "import { createServerClient } from '@supabase/ssr';\nimport { cookies } from 'next/headers';\nexport const createClient = (store: ReturnType<typeof cookies>) => {\n  return createServerClient(\n    url,\n    key,\n    {\n      cookies: {\n        get(name: string) { return store.get(name)?.value; },\n        set(name: string, value: string, options: object) { store.set({ name, value, ...options }); },\n        remove(name: string, options: object) { store.set({ name, value: '', ...options }); },\n      },\n    },\n  );\n};\nexport const readOnly = () => createServerClient(url, key, { cookies: { get: (name: string) => cookies().get(name)?.value } });\nexport async function signIn() { return createClient(cookies()); }\nexport const all = () => createServerClient(url, key, { cookies: { getAll: () => [], setAll: (list: { name: string; value: string }[]) => list.forEach(({ name, value }) => cookies().set(name, value)) } });",
      errors: [
        { messageId: 'undeclaredCookiePattern' as const, line: 4, column: 10 },
        { messageId: 'undeclaredCookiePattern' as const, line: 18, column: 55 },
      ],
    },
    // next-intl's locale cookie: NEXT_LOCALE, or the name localeCookie gives
    {
      code: "import { defineRouting } from 'next-intl/routing';\nexport const routing = defineRouting({ locales: ['en', 'fr'], defaultLocale: 'en' });",
      errors: [{ ...undeclared(2, 38), data: { name: 'NEXT_LOCALE', quoted: "'NEXT_LOCALE'", storage: 'cookie', policy: POLICY, what: 'cookie' } }],
    },
    {
      code: "import createMiddleware from 'next-intl/middleware';\nexport default createMiddleware({ locales: ['en'], defaultLocale: 'en', localeCookie: { name: 'app.locale' } });",
      errors: [{ ...undeclared(2, 95), data: { name: 'app.locale', quoted: "'app.locale'", storage: 'cookie', policy: POLICY, what: 'cookie' } }],
    },
    // next-auth 5 (Auth.js) names its cookies authjs.*
    {
      code: "import NextAuth from 'next-auth';\nexport const { handlers, auth } = NextAuth({\n  providers: [],\n  cookies: { sessionToken: { name: 'sessionid' }, callbackUrl: { name: 'theme' } },\n});",
      filename: fixture('next-auth-5-app', 'app', 'auth.ts'),
      errors: [
        { ...undeclared(2, 44), data: { name: 'authjs.csrf-token', quoted: "'authjs.csrf-token'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
        { ...undeclared(2, 44), data: { name: '__Host-authjs.csrf-token', quoted: "'__Host-authjs.csrf-token'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
      ],
    },
    // better-auth: the session cookies under its default prefix, or the configured one
    {
      code: "import { betterAuth } from 'better-auth';\nexport const auth = betterAuth({ secret });",
      errors: [
        { ...undeclared(2, 32), data: { name: 'better-auth.session_data', quoted: "'better-auth.session_data'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
        { ...undeclared(2, 32), data: { name: 'better-auth.dont_remember', quoted: "'better-auth.dont_remember'", storage: 'cookie', policy: POLICY, what: 'cookie' } },
      ],
    },
    { code: "import { betterAuth } from 'better-auth';\nbetterAuth({ advanced: { cookiePrefix: 'rallly' } });", errors: [undeclared(2, 40), undeclared(2, 40)] },
    // posthog-js: its cookie is named after the project token; persistence chooses the storage
    { code: "import posthog from 'posthog-js';\nposthog.init('phc_abc', { api_host: 'https://eu.i.posthog.com' });", errors: [{ ...undeclared(2, 14), data: { name: 'ph_phc_abc_posthog', quoted: "'ph_phc_abc_posthog'", policy: POLICY } }] },
    { code: "import posthog from 'posthog-js';\nposthog.init(process.env.POSTHOG_KEY!);", errors: [{ messageId: 'undeclaredCookiePattern' as const, line: 2, column: 14 }] },
    // tiny-cookie (set, setCookie, setRaw; options after an encoder)
    // react-cookies (chartbrew's brewToken): `save` writes, `load` and `remove` do not
    { code: "import cookie from 'react-cookies'; cookie.load('tracker'); cookie.save('tracker', '1', { path: '/', maxAge: 60 }); cookie.remove('tracker');", errors: [undeclared(1, 73)] },
    { code: "import { set, setCookie, setRaw } from 'tiny-cookie'; set('tracker', '1', { expires: 7 }); setCookie('tracker_b', '1'); setRaw('tracker_c', '1', null, { expires: '1M' });", errors: [undeclared(1, 59), undeclared(1, 102), undeclared(1, 128)] },
    // react-use-cookie: setCookie, and the useCookie calls that take the setter (or keep the whole result)
    {
      code: "import useCookie, { setCookie } from 'react-use-cookie';\nexport function Menu() {\n  const [collapsed, setCollapsed] = useCookie('tracker', '0');\n  const [, setLang] = useCookie('tracker_b');\n  const cookie = useCookie('tracker_c');\n  setCookie('tracker_d', '1', { days: 30 });\n  return [collapsed, setCollapsed, setLang, cookie];\n}",
      errors: [undeclared(3, 47), undeclared(4, 33), undeclared(5, 28), undeclared(6, 13)],
    },
    // i18next's language detector keeps the language in a cookie when `caches` lists it
    { code: "import i18next from 'i18next';\nimport Detector from 'i18next-browser-languagedetector';\ni18next.use(Detector).init({ detection: { caches: ['localStorage', 'cookie'], lookupCookie: 'tracker' } });", errors: [undeclared(3, 93)] },
    { code: "import i18next from 'i18next';\nimport Detector from 'i18next-browser-languagedetector';\ni18next.use(Detector).init({ detection: { caches: ['cookie'] } });", errors: [undeclared(3, 28)] },
    // Dub's analytics script keeps the click id of a Dub link in `dub_id`
    { code: "import { Analytics as DubAnalytics } from '@dub/analytics/react';\nexport const App = () => <DubAnalytics domainsConfig={{ refer: 'go.example.com' }} />;", filename: fixture('react.tsx'), errors: [undeclared(2, 27)] },
    { code: "import { inject } from '@dub/analytics';\ninject({ domainsConfig: { refer: 'go.example.com' } });", errors: [undeclared(2, 1)] },
    // HyperDX's browser SDK keeps its session in `__rum_sid`
    { code: "import HyperDX from '@hyperdx/browser';\nHyperDX.init({ apiKey, service: 'app' });", errors: [undeclared(2, 1)] },
    // typescript-cookie
    { code: "import { setCookie, Cookies } from 'typescript-cookie'; setCookie('tracker', '1'); Cookies.set('tracker_b', '1'); Cookies.withAttributes({ path: '/' }).set('tracker_c', '1');", errors: [undeclared(1, 67), undeclared(1, 96), undeclared(1, 157)] },
    // @vueuse/integrations' useCookies and createCookies
    { code: "import { useCookies } from '@vueuse/integrations/useCookies'; const cookies = useCookies(['locale']); cookies.set('tracker', '1');", errors: [undeclared(1, 115)] },
    { code: "import { createCookies } from '@vueuse/integrations'; const useAppCookies = createCookies(req); useAppCookies().set('tracker', '1', { maxAge: 60 });", errors: [undeclared(1, 117)] },
    // Nuxt's useCookie, auto-imported in a Nuxt project
    { code: "export const consent = useCookie('tracker', { maxAge: 60 });", filename: NUXT_FILE, errors: [undeclared(1, 34)] },
    // ... with `default`, even a ref only read is written (the server sends the default); an assigned value is written
    { code: "const mode = useCookie('tracker', { default: () => 'dark' }).value;\nuseCookie('tracker').value = 'light';", filename: NUXT_FILE, errors: [undeclared(1, 24), undeclared(2, 11)] },
    // declared in settings as well (the way before auto-imports were matched): still one report
    {
      code: "export const consent = useCookie('tracker', { maxAge: 60 });",
      filename: NUXT_FILE,
      settings: { 'cookie-ledger': { ...SETTINGS['cookie-ledger'], sinks: [{ global: 'useCookie', optionsArgument: 1 }] } },
      errors: [undeclared(1, 34)],
    },
    // a pinia store persisted by the Nuxt module of pinia-plugin-persistedstate: a cookie by default
    { code: "import { defineStore } from 'pinia'; defineStore('tracker', { state: () => ({}), persist: true });", filename: NUXT_FILE, errors: [undeclared(1, 50)] },
  ],
});
