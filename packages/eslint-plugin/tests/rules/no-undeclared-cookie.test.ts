// One valid and one invalid case (at least) per sink family of reference/sinks.md section 1.
// The fixture policy declares `sessionid`, `theme`, `_ga_*` and `*.session_token` as cookies.
import rule from '../../src/rules/no-undeclared-cookie.js';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
const undeclared = (line: number, column: number) => ({ messageId: 'undeclaredCookie' as const, line, column });

const SVELTEKIT_PAGE = fixture('routes/src/routes/account/+page.server.ts');
const SVELTEKIT_HOOKS = fixture('routes/src/hooks.server.ts');
const ASTRO_ENDPOINT = fixture('routes/src/pages/login.ts');

ruleTester.run('no-undeclared-cookie', rule, {
  valid: [
    // document.cookie
    "document.cookie = 'theme=dark; Path=/';",
    "window.document.cookie = `sessionid=${id}; Secure`;",
    // CookieStore
    "await cookieStore.set('theme', 'dark');",
    "await cookieStore.set({ name: 'theme', value: 'dark', expires: Date.now() + 1000 });",
    // js-cookie
    "import Cookies from 'js-cookie'; Cookies.set('theme', 'dark', { expires: 7 });",
    // universal-cookie / react-cookie
    "import Cookies from 'universal-cookie'; new Cookies().set('theme', 'dark');",
    "import { useCookies } from 'react-cookie'; const [, setCookie] = useCookies(['theme']); setCookie('theme', 'dark');",
    // cookies-next
    "import { setCookie } from 'cookies-next'; setCookie('theme', 'dark');",
    // nookies
    "import { setCookie } from 'nookies'; setCookie(ctx, 'theme', 'dark');",
    // Next.js
    "import { cookies } from 'next/headers'; (await cookies()).set('theme', 'dark');",
    "import { NextResponse } from 'next/server'; const response = NextResponse.next(); response.cookies.set({ name: 'theme', value: 'dark' });",
    // Express
    "import express from 'express'; const app = express(); app.get('/', (req, res) => { res.cookie('sessionid', 'k', { maxAge: 1000 }); });",
    // express-session, cookie-session
    "import session from 'express-session'; session({ name: 'sessionid', secret: 's' });",
    "import cookieSession from 'cookie-session'; cookieSession({ name: 'sessionid', signed: false });",
    // Koa / cookies
    "import Koa from 'koa'; const app = new Koa(); app.use(async (ctx) => { ctx.cookies.set('theme', 'dark'); });",
    // Fastify
    "import Fastify from 'fastify'; const app = Fastify(); app.get('/', async (request, reply) => { reply.setCookie('theme', 'dark'); });",
    // Hono
    "import { setCookie } from 'hono/cookie'; app.get('/', (c) => { setCookie(c, 'theme', 'dark'); });",
    // h3 / Nuxt
    "import { setCookie } from 'h3'; setCookie(event, 'theme', 'dark');",
    "import { setCookie } from '@tanstack/react-start/server'; setCookie('theme', 'dark', { path: '/' });",
    "import { useCookie } from '#app'; const theme = useCookie('theme');",
    // SvelteKit
    { code: "export const load = ({ cookies }) => { cookies.set('theme', 'dark', { path: '/' }); };", filename: SVELTEKIT_PAGE },
    // React Router / Remix
    "import { createCookie } from 'react-router'; export const theme = createCookie('theme', { maxAge: 604800 });",
    "import { createCookieSessionStorage } from 'react-router'; createCookieSessionStorage({ cookie: { name: 'sessionid' } });",
    // Astro
    { code: "export const POST = ({ cookies }) => { cookies.set('theme', 'dark'); };", filename: ASTRO_ENDPOINT },
    // ngx-cookie-service
    "import { CookieService } from 'ngx-cookie-service'; class Prefs { constructor(private readonly cookies: CookieService) {} save() { this.cookies.set('theme', 'dark', 7); } }",
    // Raw Set-Cookie
    "import { createServer } from 'node:http'; createServer((req, res) => { res.setHeader('Set-Cookie', ['theme=dark; Path=/', 'sessionid=k; HttpOnly']); });",
    "new Response(null, { headers: { 'Set-Cookie': 'theme=dark' } });",
    // vue-cookies
    "export default { methods: { save() { this.$cookies.set('theme', 'dark', '7d'); } } };",
    // jquery.cookie
    "$.cookie('theme', 'dark', { expires: 7 });",
  ],
  invalid: [
    // document.cookie, through window and through an alias
    { code: "document.cookie = 'tracker=1; Path=/';", errors: [undeclared(1, 19)] },
    { code: "window.document.cookie = `tracker=${id}`;", errors: [undeclared(1, 26)] },
    { code: "const doc = document;\ndoc.cookie = 'tracker=1';", errors: [undeclared(2, 14)] },
    { code: "document.cookie += 'tracker=1';", errors: [undeclared(1, 20)] },
    // CookieStore, both forms
    { code: "await cookieStore.set('tracker', '1');", errors: [undeclared(1, 23)] },
    { code: "await self.cookieStore.set({ name: 'tracker', value: '1' });", errors: [undeclared(1, 36)] },
    // a helper handed the whole CookieInit object (typebot's writeBrowserCookie): the caller's `name` is the site
    {
      code: "const writeCookie = async (cookie: CookieInit) => { await window.cookieStore.set(cookie); };\nawait writeCookie({\n  name: 'tracker',\n  value: '1',\n});",
      errors: [undeclared(3, 9)],
    },
    // js-cookie: renamed, CommonJS, withAttributes
    { code: "import jar from 'js-cookie'; jar.set('tracker', '1', { expires: 7 });", errors: [undeclared(1, 38)] },
    { code: "const Cookies = require('js-cookie'); Cookies.set('tracker', '1');", errors: [undeclared(1, 51)] },
    { code: "import Cookies from 'js-cookie'; const api = Cookies.withAttributes({ path: '/' }); api.set('tracker', '1');", errors: [undeclared(1, 93)] },
    // universal-cookie / react-cookie
    { code: "import Cookies from 'universal-cookie'; const cookies = new Cookies(); cookies.set('tracker', '1');", errors: [undeclared(1, 84)] },
    { code: "import { useCookies } from 'react-cookie'; const [cookies, setCookie] = useCookies(['tracker']); setCookie('tracker', '1');", errors: [undeclared(1, 108)] },
    // cookies-next, the function and a hook
    { code: "import { setCookie } from 'cookies-next'; setCookie('tracker', '1');", errors: [undeclared(1, 53)] },
    { code: "import { useSetCookie } from 'cookies-next/client'; const set = useSetCookie(); set('tracker', '1');", errors: [undeclared(1, 85)] },
    // nookies: the name is the second argument
    { code: "import { setCookie } from 'nookies'; setCookie(ctx, 'tracker', '1');", errors: [undeclared(1, 53)] },
    { code: "import nookies from 'nookies'; nookies.set(null, 'tracker', '1');", errors: [undeclared(1, 50)] },
    // Next.js cookies(), sync and async, object form; NextResponse; draft mode
    { code: "import { cookies } from 'next/headers'; const cookieStore = await cookies(); cookieStore.set('tracker', '1');", errors: [undeclared(1, 94)] },
    { code: "import { cookies } from 'next/headers'; cookies().set({ name: 'tracker', value: '1' });", errors: [undeclared(1, 63)] },
    { code: "import { NextResponse } from 'next/server'; const response = NextResponse.json({}); response.cookies.set('tracker', '1');", errors: [undeclared(1, 106)] },
    { code: "import { draftMode } from 'next/headers'; (await draftMode()).enable();", errors: [undeclared(1, 43)] },
    // Express: handler, router, typed handler, error handler
    { code: "import express from 'express'; const app = express(); app.post('/', (req, res) => { res.cookie('tracker', '1', { maxAge: 1000 }); });", errors: [undeclared(1, 96)] },
    { code: "import { Router } from 'express'; const router = Router(); router.use((req, res, next) => { res.cookie('tracker', '1'); next(); });", errors: [undeclared(1, 104)] },
    { code: "import type { Response } from 'express'; export function remember(res: Response) { res.cookie('tracker', '1'); }", errors: [undeclared(1, 95)] },
    { code: "import express from 'express'; const app = express(); app.use((err, req, res, next) => { res.cookie('tracker', '1'); });", errors: [undeclared(1, 101)] },
    // express-session: the default name, and a `name` option
    { code: "import session from 'express-session'; app.use(session({ secret: 's' }));", errors: [undeclared(1, 56)] },
    { code: "import session from 'express-session'; app.use(session({ name: 'tracker', secret: 's' }));", errors: [undeclared(1, 64)] },
    // cookie-session: `session` and its signature `session.sig`
    { code: "import cookieSession from 'cookie-session'; app.use(cookieSession({ keys: ['k'] }));", errors: [undeclared(1, 67), undeclared(1, 67)] },
    { code: "import cookieSession from 'cookie-session'; cookieSession({ name: 'sessionid' });", errors: [undeclared(1, 67)] },
    // Koa and cookies
    { code: "import Koa from 'koa'; const app = new Koa(); app.use(async (ctx) => { ctx.cookies.set('tracker', '1'); });", errors: [undeclared(1, 88)] },
    { code: "import Cookies from 'cookies'; const cookies = new Cookies(req, res, { keys }); cookies.set('tracker', '1', { signed: true });", errors: [undeclared(1, 93), undeclared(1, 93)] },
    // Fastify
    { code: "import Fastify from 'fastify'; const app = Fastify(); app.get('/', async (request, reply) => { reply.setCookie('tracker', '1'); });", errors: [undeclared(1, 112)] },
    { code: "import type { FastifyReply } from 'fastify'; function remember(reply: FastifyReply) { reply.cookie('tracker', '1'); }", errors: [undeclared(1, 100)] },
    // Hono
    { code: "import { setCookie, setSignedCookie } from 'hono/cookie'; setCookie(c, 'tracker', '1'); await setSignedCookie(c, 'signed_tracker', '1', secret);", errors: [undeclared(1, 72), undeclared(1, 114)] },
    // h3 / Nuxt
    { code: "import { setCookie } from 'h3'; setCookie(event, 'tracker', '1');", errors: [undeclared(1, 50)] },
    { code: "import { useSession } from 'h3'; await useSession(event, { password: secret });", errors: [undeclared(1, 58)] },
    { code: "import { useCookie } from '#imports'; export const tracker = useCookie('tracker');", errors: [undeclared(1, 72)] },
    // Electron's main process puts cookies in its pages' store (FreeTube's consent cookies)
    {
      code: "import { session } from 'electron';\nsession.defaultSession.cookies.set({ url, name: 'tracker', value: 'YES+' });\nwin.webContents.session.cookies.set({ url, name: 'tracker2', value: '1' });",
      errors: [undeclared(2, 49), undeclared(3, 50)],
    },
    // TanStack Start's server setCookie takes no event
    { code: "import { setCookie } from '@tanstack/react-start/server';\nexport const save = () => setCookie('tracker', '1', { httpOnly: true });", errors: [undeclared(2, 37)] },
    // SvelteKit: load, actions, hooks
    { code: "export const load = ({ cookies }) => { cookies.set('tracker', '1', { path: '/' }); };", filename: SVELTEKIT_PAGE, errors: [undeclared(1, 52)] },
    { code: "export const actions = { default: async (event) => { event.cookies.set('tracker', '1', { path: '/' }); } };", filename: SVELTEKIT_PAGE, errors: [undeclared(1, 72)] },
    { code: "export const handle = async ({ event, resolve }) => { event.cookies.set('tracker', '1', { path: '/' }); return resolve(event); };", filename: SVELTEKIT_HOOKS, errors: [undeclared(1, 73)] },
    // React Router / Remix: a createCookie object where it is serialized, and session storages
    { code: "import { createCookie } from '@remix-run/node'; export const prefs = createCookie('tracker', { maxAge: 604800 }); await prefs.serialize(v);", errors: [undeclared(1, 121)] },
    { code: "import { createCookieSessionStorage } from 'react-router'; createCookieSessionStorage({ cookie: { secrets: ['s'] } });", errors: [undeclared(1, 87)] },
    // Astro
    { code: "export async function GET(context) { context.cookies.set('tracker', '1'); return new Response(); }", filename: ASTRO_ENDPOINT, errors: [undeclared(1, 58)] },
    { code: "import type { AstroCookies } from 'astro'; function remember(cookies: AstroCookies) { cookies.set('tracker', '1'); }", errors: [undeclared(1, 99)] },
    // ngx-cookie-service: parameter property and inject()
    { code: "import { CookieService } from 'ngx-cookie-service'; class Prefs { constructor(private cookies: CookieService) {} save() { this.cookies.set('tracker', '1', 7, '/'); } }", errors: [undeclared(1, 140)] },
    { code: "import { inject } from '@angular/core'; import { CookieService } from 'ngx-cookie-service'; class Prefs { private svc = inject(CookieService); save() { this.svc.set('tracker', '1'); } }", errors: [undeclared(1, 166)] },
    // Raw Set-Cookie on Node responses, Express helpers, Fetch Headers and Response, serializers
    { code: "import http from 'node:http'; http.createServer((req, res) => { res.setHeader('Set-Cookie', ['theme=dark', 'tracker=1']); });", errors: [undeclared(1, 108)] },
    { code: "import { createServer } from 'http'; createServer((req, res) => { res.writeHead(200, { 'set-cookie': 'tracker=1; Path=/' }); });", errors: [undeclared(1, 102)] },
    { code: "import express from 'express'; express().get('/', (req, res) => { res.append('Set-Cookie', 'tracker=1'); });", errors: [undeclared(1, 92)] },
    { code: "const headers = new Headers(); headers.append('Set-Cookie', 'tracker=1; Path=/');", errors: [undeclared(1, 61)] },
    { code: "new Headers({ 'Set-Cookie': 'tracker=1' });", errors: [undeclared(1, 29)] },
    { code: "return new Response(null, { status: 302, headers: { 'set-cookie': `tracker=${value}` } });", errors: [undeclared(1, 67)] },
    { code: "import { serialize } from 'cookie'; import { createServer } from 'node:http'; createServer((req, res) => { res.setHeader('Set-Cookie', serialize('tracker', '1', { maxAge: 60 })); });", errors: [undeclared(1, 146)] },
    { code: "import { stringifySetCookie } from 'cookie'; const headers = new Headers(); headers.set('Set-Cookie', stringifySetCookie({ name: 'tracker', value: '1' }));", errors: [undeclared(1, 130)] },
    { code: "document.cookie = serialize('tracker', '1');\nimport { serialize } from 'cookie-es';", errors: [undeclared(1, 29)] },
    // vue-cookies
    { code: "export default { methods: { save() { this.$cookies.set('tracker', '1', '7d'); } } };", errors: [undeclared(1, 56)] },
    { code: "import VueCookies from 'vue-cookies'; VueCookies.set('tracker', '1');", errors: [undeclared(1, 54)] },
    // jquery.cookie
    { code: "$.cookie('tracker', '1', { expires: 7 }); jQuery.cookie('other_tracker', '1');", errors: [undeclared(1, 10), undeclared(1, 57)] },
  ],
});
