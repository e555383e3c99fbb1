// The authentication and session libraries of issue 10: iron-session, Lucia, Clerk, auth0-spa-js,
// oidc-client-ts, MSAL.js, Firebase Auth, koa-session, @fastify/session, @fastify/secure-session,
// csurf, express-openid-connect and nuxt-auth-utils. The fixture policy declares the cookies `sessionid`, `theme`, `_ga_*`
// and `*.session_token`, localStorage `prefs` and `cache:*`, sessionStorage `draft`, IndexedDB `app-db`.
import { relative } from 'node:path';
import cookieRule from '../../src/rules/no-undeclared-cookie.js';
import storageRule from '../../src/rules/no-undeclared-storage.js';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
const TSX_FILE = fixture('react.tsx');
const NUXT_AUTH_FILE = fixture('nuxt-auth-app', 'server', 'api', 'login.post.ts');
const POLICY = relative('/', fixture('cookies.ts'));
const cookie = (line: number, column: number, name: string) => ({
  messageId: 'undeclaredCookie' as const,
  line,
  column,
  data: { name, quoted: `'${name}'`, storage: 'cookie', policy: POLICY, what: 'cookie' },
});
const cookiePattern = (line: number, column: number) => ({ messageId: 'undeclaredCookiePattern' as const, line, column });
const stored = (storage: string, what: string) => (line: number, column: number, name: string) => ({
  messageId: 'undeclaredStorage' as const,
  line,
  column,
  data: { name, quoted: `'${name}'`, storage, policy: POLICY, what },
});
const localStorageKey = stored('localStorage', 'localStorage key');
const indexedDBDatabase = stored('indexedDB', 'IndexedDB database name');
const storagePattern = (line: number, column: number) => ({ messageId: 'undeclaredStoragePattern' as const, line, column });

ruleTester.run('no-undeclared-cookie', cookieRule, {
  valid: [
    // iron-session: a declared name; sealData only seals a value
    "import { getIronSession } from 'iron-session';\nexport const session = (cookies) => getIronSession(cookies, { cookieName: 'sessionid', password });",
    "import { sealData } from 'iron-session';\nexport const seal = sealData({ id: 1 }, { password });",
    // Lucia with a declared name, in v3 and v2
    "import { Lucia } from 'lucia';\nexport const lucia = new Lucia(adapter, { sessionCookie: { name: 'sessionid', attributes: { secure: true } } });",
    "import { lucia } from 'lucia';\nexport const auth = lucia({ env: 'PROD', adapter, sessionCookie: { name: 'sessionid' } });",
    // a ClerkProvider and a clerkMiddleware of the project's own are not Clerk's
    { code: "import { ClerkProvider } from './clerk';\nexport const App = () => <ClerkProvider>{children}</ClerkProvider>;", filename: TSX_FILE },
    "import { clerkMiddleware } from './middleware-helpers';\nexport default clerkMiddleware();",
    // auth0-react's provider and auth0-spa-js's client writing nothing of their own: v1's default export
    "import createAuth0Client from '@auth0/auth0-spa-js';\nexport const client = createAuth0Client({ domain, client_id: 'abc' });",
    // MSAL's encryption cookie only with a localStorage cache
    "import { PublicClientApplication } from '@azure/msal-browser';\nexport const msal = new PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: 'sessionStorage' } });",
    // koa-session and csurf: declared names; csurf without `cookie` keeps its secret in the session
    "import session from 'koa-session';\napp.use(session({ key: 'sessionid', signed: false }, app));",
    "import csrf from 'csurf';\napp.use(csrf());",
    "import csrf from 'csurf';\napp.use(csrf({ cookie: false }));",
    "import csrf from 'csurf';\napp.use(csrf({ cookie: { key: 'sessionid' } }));",
    // express-openid-connect with both cookies renamed to declared names; an `auth` of the project's own is not the library's
    "const { auth } = require('express-openid-connect');\napp.use(auth({ session: { name: 'sessionid' }, transactionCookie: { name: 'theme' } }));",
    "import { auth } from './auth';\napp.use(auth({ secret }));",
    // Fastify: another plugin's register, and the session plugins under declared names
    "import fastifyCookie from '@fastify/cookie';\nimport fastifySession from '@fastify/session';\napp.register(fastifyCookie);\napp.register(fastifySession, { secret, cookieName: 'sessionid' });",
    "import fastifySecureSession from '@fastify/secure-session';\napp.register(fastifySecureSession, { key, sessionName: 'sessionid' });",
    // nuxt-auth-utils: a declared name; an unimported setUserSession outside a project listing the module
    { code: "export default defineEventHandler(async (event) => {\n  await setUserSession(event, { user }, { name: 'sessionid' });\n});", filename: NUXT_AUTH_FILE },
    "export default defineEventHandler(async (event) => {\n  await setUserSession(event, { user });\n});",
    // oidc-provider with its three cookies renamed to declared names (and a Provider of another package)
    "import Provider from 'oidc-provider';\nnew Provider(issuer, { cookies: { names: { session: 'sessionid', interaction: 'sessionid', resume: 'sessionid' } } });",
    "import { Provider } from './provider';\nnew Provider(issuer, {});",
  ],
  invalid: [
    // oidc-provider: `_session`, `_interaction`, `_interaction_resume`, each renamable under `cookies.names`
    {
      code: "import Provider from 'oidc-provider';\nconst oidc = new Provider(issuer, { ...configuration, jwks });",
      errors: [cookie(2, 35, '_session'), cookie(2, 35, '_interaction'), cookie(2, 35, '_interaction_resume')],
    },
    {
      code: "import { Provider } from 'oidc-provider';\nnew Provider(issuer, {\n  cookies: { names: { session: 'op_session' } },\n});",
      errors: [cookie(2, 22, '_interaction'), cookie(2, 22, '_interaction_resume'), cookie(3, 32, 'op_session')],
    },
    // iron-session names the cookie in its options, after the cookie store or after req and res
    {
      code: "import { getIronSession } from 'iron-session';\nimport { cookies } from 'next/headers';\nexport const getSession = async () => getIronSession(await cookies(), { cookieName: 'app_session', password });",
      errors: [cookie(3, 85, 'app_session')],
    },
    { code: "import { getIronSession } from 'iron-session';\nexport default async function handler(req, res) {\n  const session = await getIronSession(req, res, { cookieName: 'app_session', password });\n}", errors: [cookie(3, 64, 'app_session')] },
    // Lucia: the default auth_session, or sessionCookie.name
    { code: "import { Lucia } from 'lucia';\nexport const lucia = new Lucia(adapter);", errors: [cookie(2, 22, 'auth_session')] },
    { code: "import { Lucia } from 'lucia';\nexport const lucia = new Lucia(adapter, {\n  sessionCookie: { name: 'lucia_session', expires: false },\n});", errors: [cookie(3, 26, 'lucia_session')] },
    { code: "import { lucia as createLucia } from 'lucia';\nexport const auth = createLucia({ env: 'DEV', adapter });", errors: [cookie(2, 33, 'auth_session')] },
    // Clerk: the provider's cookies, with their suffixed copies, and the middleware's
    {
      code: "import { ClerkProvider } from '@clerk/nextjs';\nexport default function RootLayout({ children }) {\n  return <ClerkProvider>{children}</ClerkProvider>;\n}",
      filename: TSX_FILE,
      errors: [cookie(3, 11, '__session'), cookie(3, 11, '__client_uat'), cookie(3, 11, 'clerk_active_context'), cookiePattern(3, 11), cookiePattern(3, 11)],
    },
    {
      code: "import { clerkMiddleware } from '@clerk/nextjs/server';\nexport default clerkMiddleware();",
      errors: [cookie(2, 16, '__session'), cookie(2, 16, '__client_uat'), cookie(2, 16, '__clerk_redirect_count')],
    },
    // auth0: `auth0.<clientId>.is.authenticated` and its legacy copy, unless legacySameSiteCookie is false
    {
      code: "import { createAuth0Client } from '@auth0/auth0-spa-js';\nexport const auth0 = await createAuth0Client({ domain: 'example.eu.auth0.com', clientId: 'Abc123' });",
      errors: [cookie(2, 90, 'auth0.Abc123.is.authenticated'), cookie(2, 90, '_legacy_auth0.Abc123.is.authenticated')],
    },
    {
      code: "import { Auth0Client } from '@auth0/auth0-spa-js';\nexport const auth0 = new Auth0Client({ domain, clientId: import.meta.env.VITE_CLIENT_ID, legacySameSiteCookie: false });",
      errors: [cookiePattern(2, 58)],
    },
    {
      code: "import { Auth0Provider } from '@auth0/auth0-react';\nexport const App = () => <Auth0Provider domain={domain} clientId=\"Abc123\" legacySameSiteCookie={false}>{children}</Auth0Provider>;",
      filename: TSX_FILE,
      errors: [cookie(2, 57, 'auth0.Abc123.is.authenticated')],
    },
    // MSAL keeps a localStorage cache's key in a session cookie
    {
      code: "import { PublicClientApplication } from '@azure/msal-browser';\nexport const msal = new PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: 'localStorage' } });",
      errors: [cookie(2, 49, 'msal.cache.encryption')],
    },
    // koa-session: koa.sess and its signature, or `key`
    { code: "import session from 'koa-session';\napp.use(session(app));", errors: [cookie(2, 9, 'koa.sess'), cookie(2, 9, 'koa.sess.sig')] },
    { code: "import session from 'koa-session';\nconst CONFIG = { key: 'koa:sess', maxAge: 86400000, signed: false };\napp.use(session(CONFIG, app));", errors: [cookie(2, 23, 'koa:sess')] },
    { code: "import session from 'koa-session';\napp.use(session({ key: 'app:sess', maxAge: 86400000 }, app));", errors: [cookie(2, 24, 'app:sess'), cookie(2, 24, 'app:sess.sig')] },
    // Fastify's session plugins, registered under their default or named export
    { code: "import fastifySession from '@fastify/session';\napp.register(fastifySession, { secret });", errors: [cookie(2, 30, 'sessionId')] },
    { code: "import { fastifySession } from '@fastify/session';\nfastify.register(fastifySession, { secret, cookieName: 'sid' });", errors: [cookie(2, 56, 'sid')] },
    { code: "import fastifySecureSession from '@fastify/secure-session';\napp.register(fastifySecureSession, { key });", errors: [cookie(2, 36, 'session')] },
    { code: "const fastify = require('fastify')();\nfastify.register(require('@fastify/session'), { secret });", errors: [cookie(2, 47, 'sessionId')] },
    { code: "import fastifySecureSession from '@fastify/secure-session';\napp.register(fastifySecureSession, { key, sessionName: 'admin', cookieName: 'admin-session' });", errors: [cookie(2, 77, 'admin-session')] },
    // csurf: `cookie: true` is `_csrf`, reported at the configuring call's options; `cookie.key` renames it; required as CommonJS, as it is published
    // express-openid-connect: its session cookie and its login's transaction cookie, by default `appSession` and `auth_verification`
    {
      code: "const { auth } = require('express-openid-connect');\napp.use(auth({ authRequired: false, secret }));",
      errors: [cookie(2, 14, 'appSession'), cookie(2, 14, 'auth_verification')],
    },
    {
      code: "import { auth } from 'express-openid-connect';\napp.use(auth({ secret, session: { name: 'sid', cookie: { sameSite: 'Strict' } } }));",
      errors: [cookie(2, 14, 'auth_verification'), cookie(2, 41, 'sid')],
    },
    { code: "import csrf from 'csurf';\napp.use(csrf({ cookie: true }));", errors: [cookie(2, 14, '_csrf')] },
    { code: "var csrf = require('csurf');\nvar csrfProtection = csrf({ cookie: true });", errors: [cookie(2, 27, '_csrf')] },
    { code: "import csrf from 'csurf';\nconst csrfProtection = csrf({ cookie: { key: 'XSRF-SECRET', httpOnly: true } });", errors: [cookie(2, 46, 'XSRF-SECRET')] },
    // nuxt-auth-utils: nuxt-session, or the name its call's config gives
    { code: "export default defineEventHandler(async (event) => {\n  await setUserSession(event, { user });\n});", filename: NUXT_AUTH_FILE, errors: [cookie(2, 9, 'nuxt-session')] },
    { code: "export default defineEventHandler(async (event) => {\n  await replaceUserSession(event, { user }, { name: 'admin-session' });\n});", filename: NUXT_AUTH_FILE, errors: [cookie(2, 53, 'admin-session')] },
    { code: "import { setUserSession } from '#imports';\nexport default defineEventHandler((event) => setUserSession(event, { user }));", filename: NUXT_AUTH_FILE, errors: [cookie(2, 46, 'nuxt-session')] },
  ],
});

ruleTester.run('no-undeclared-storage', storageRule, {
  valid: [
    // auth0 keeps its cache in memory unless told otherwise
    "import { createAuth0Client } from '@auth0/auth0-spa-js';\nexport const auth0 = await createAuth0Client({ domain, clientId: 'Abc123' });",
    "import { createAuth0Client } from '@auth0/auth0-spa-js';\nexport const auth0 = await createAuth0Client({ domain, clientId: 'Abc123', cacheLocation: 'memory' });",
    { code: "import { Auth0Provider } from '@auth0/auth0-react';\nexport const App = () => <Auth0Provider domain={domain} clientId=\"Abc123\">{children}</Auth0Provider>;", filename: TSX_FILE },
    // MSAL in memory keeps nothing
    "import { PublicClientApplication } from '@azure/msal-browser';\nexport const msal = new PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: 'memoryStorage' } });",
    // firebase-admin's getAuth is the server's, and a UserManager of another library
    "import { getAuth } from 'firebase-admin/auth';\nexport const auth = getAuth();",
    "import { UserManager } from './users';\nexport const users = new UserManager({ authority, client_id });",
  ],
  invalid: [
    // Logto's React provider: the tokens in localStorage, the sign-in session in sessionStorage, under the app id of its config (also a constant's)
    {
      code: "import { LogtoProvider } from '@logto/react';\nexport const App = () => <LogtoProvider config={{ endpoint, appId: 'console' }}><Routes /></LogtoProvider>;",
      filename: TSX_FILE,
      errors: [
        localStorageKey(2, 68, 'logto:console:idToken'),
        localStorageKey(2, 68, 'logto:console:refreshToken'),
        localStorageKey(2, 68, 'logto:console:accessToken'),
        stored('sessionStorage', 'sessionStorage key')(2, 68, 'logto:console:signInSession'),
      ],
    },
    {
      code: "import { LogtoProvider } from '@logto/react';\nconst config = { endpoint, appId };\nexport const App = () => <LogtoProvider config={config}><Routes /></LogtoProvider>;",
      filename: TSX_FILE,
      errors: [storagePattern(2, 28), storagePattern(2, 28), storagePattern(2, 28), storagePattern(2, 28)],
    },
    // Clerk caches its environment in localStorage
    { code: "import { ClerkProvider } from '@clerk/clerk-react';\nexport const App = () => <ClerkProvider publishableKey={key}><Routes /></ClerkProvider>;", filename: TSX_FILE, errors: [localStorageKey(2, 27, '__clerk_environment')] },
    // auth0 with cacheLocation 'localstorage', by the client and by the provider
    {
      code: "import { createAuth0Client } from '@auth0/auth0-spa-js';\nexport const auth0 = await createAuth0Client({ domain, clientId: 'Abc123', cacheLocation: 'localstorage' });",
      errors: [storagePattern(2, 46)],
    },
    {
      code: "import { Auth0Provider } from '@auth0/auth0-react';\nexport const App = () => <Auth0Provider domain={domain} clientId=\"Abc123\" cacheLocation=\"localstorage\" useRefreshTokens>{children}</Auth0Provider>;",
      filename: TSX_FILE,
      errors: [storagePattern(2, 27)],
    },
    // oidc-client-ts: sessionStorage by default, localStorage through a WebStorageStateStore
    { code: "import { UserManager } from 'oidc-client-ts';\nexport const users = new UserManager({ authority, client_id, redirect_uri });", errors: [storagePattern(2, 38)] },
    {
      code: "import { UserManager, WebStorageStateStore } from 'oidc-client-ts';\nexport const users = new UserManager({ authority, client_id, userStore: new WebStorageStateStore({ store: window.localStorage }) });",
      errors: [{ ...storagePattern(2, 38), data: { shown: 'oidc.user:…', pattern: 'oidc.user:*', quotedPattern: "'oidc.user:*'", storage: 'localStorage', policy: POLICY, what: 'localStorage key', article: 'A' } }],
    },
    // MSAL: sessionStorage by default, localStorage when asked, also through the enum
    { code: "import { PublicClientApplication } from '@azure/msal-browser';\nexport const msal = new PublicClientApplication({ auth: { clientId } });", errors: [storagePattern(2, 49)] },
    {
      code: "import { BrowserCacheLocation, createStandardPublicClientApplication } from '@azure/msal-browser';\nexport const msal = await createStandardPublicClientApplication({ auth: { clientId }, cache: { cacheLocation: BrowserCacheLocation.LocalStorage } });",
      errors: [storagePattern(2, 65)],
    },
    // Firebase Auth keeps the user in its IndexedDB database
    { code: "import { getAuth } from 'firebase/auth';\nexport const auth = getAuth(app);", errors: [indexedDBDatabase(2, 21, 'firebaseLocalStorageDb')] },
  ],
});
