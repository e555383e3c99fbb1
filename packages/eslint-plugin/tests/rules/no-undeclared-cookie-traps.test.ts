// The precision traps of reference/sinks.md section 6: look-alikes that must not be reported.
// The last cases show that a project's own wrappers are reported once declared as sinks.
import rule from '../../src/rules/no-undeclared-cookie.js';
import { createRuleTester, fixture, SETTINGS } from '../RuleTester.js';

const ruleTester = createRuleTester();
const undeclared = (line: number, column: number) => ({ messageId: 'undeclaredCookie' as const, line, column });
const withSinks = (sinks: unknown[]) => ({ 'cookie-ledger': { ...SETTINGS['cookie-ledger'], sinks } });
const WRAPPER = { module: fixture('lib/cookies.ts'), export: 'setAppCookie', nameArgument: 1 };

ruleTester.run('no-undeclared-cookie', rule, {
  valid: [
    // services made from each other's results (unleash, outline) are followed a few levels, never forever
    "function a() { const { save } = b(); return { save, get: () => a().get() }; }\nfunction b() { const { save } = a(); return { save }; }\nconst { save } = a();\nsave('tracker');\na().get().set('tracker');",
    "class Cache { constructor() { this.store = wrap(this.store); } save() { this.store.set('tracker', '1'); } }",
    // NextRequest cookies only rewrite the request later code sees; nothing reaches the browser
    "import { NextRequest, NextResponse } from 'next/server'; export function middleware(request: NextRequest) { request.cookies.set('tracker', '1'); return NextResponse.next(); }",
    // a Map named `cookies`
    "const cookies = new Map(); cookies.set('tracker', '1');",
    // a local named `cookieStore` is not the DOM CookieStore
    "const cookieStore = new Map(); cookieStore.set('tracker', '1');",
    // a class of the project's own called CookieStore (klaro)
    "class CookieStore { set(value) {} } const cookieStore = new CookieStore(); cookieStore.set('tracker');",
    // the request `Cookie` header, not `Set-Cookie`
    "const headers = new Headers(); headers.set('cookie', 'tracker=1');",
    // `set`/`append` on receivers of unknown origin, even with `Set-Cookie`
    "response.set('Set-Cookie', 'tracker=1'); someHeaders.append('Set-Cookie', 'tracker=1');",
    // reads
    "import Cookies from 'js-cookie'; Cookies.get('tracker'); $.cookie('tracker'); $.cookie('tracker', (value) => value); const all = document.cookie.split('; '); await cookieStore.get('tracker');",
    // a serializer whose string is never written
    "import { serialize } from 'cookie'; export const header = serialize('tracker', '1');",
    // React Router's `cookie.serialize()` only builds the header of a cookie named at `createCookie`
    "import { createCookie } from 'react-router'; const prefs = createCookie('theme'); const header = await prefs.serialize({ dark: true }); new Headers({ 'Set-Cookie': header });",
    // functions named like sinks but not imported from a cookie library, and `res` of unknown origin
    "function setCookie(c, name, value) {} setCookie(c, 'tracker', '1'); setCookie('tracker', '1'); res.cookie('tracker', '1');",
    // deletions are not writes
    "import Cookies from 'js-cookie'; import express from 'express'; express().get('/', (req, res) => { res.clearCookie('tracker'); res.cookie('tracker', '', { maxAge: 0 }); }); Cookies.remove('tracker'); Cookies.set('tracker', '', { expires: -1 });",
    // deletions through document.cookie
    "document.cookie = 'tracker=; Max-Age=0; Path=/'; document.cookie = 'tracker=; expires=Thu, 01 Jan 1970 00:00:00 GMT';",
    // Koa deletes when the value is missing, null or empty
    "import Koa from 'koa'; new Koa().use((ctx) => { ctx.cookies.set('tracker'); ctx.cookies.set('tracker', null); ctx.cookies.set('tracker', ''); });",
    // a parameter shadowing the DOM global
    "function save(document) { document.cookie = 'tracker=1'; }",
    // Next.js delete
    "import { cookies } from 'next/headers'; (await cookies()).delete('tracker');",
    // a configuration the rule cannot see
    "import session from 'express-session'; export function configure(options) { return session(options); }",
    // a bare callee name and a parameter named `cookies`
    "const setCookie = (name) => name; export function handler(cookies) { cookies.set('tracker', '1'); }",
    // cookies-next takes the name first: `c` is the name here, and it is unknown
    "import { setCookie } from 'cookies-next'; setCookie(c, 'tracker', '1');",
    // a declared wrapper called with a declared name, and the wrapper's look-alike from elsewhere
    { code: "import { setAppCookie } from './lib/cookies.js'; setAppCookie(res, 'theme', '1');", settings: withSinks([WRAPPER]) },
    { code: "import { setAppCookie } from './other/cookies.js'; setAppCookie(res, 'tracker', '1');", settings: withSinks([WRAPPER]) },
    // without the setting, the wrapper is not a sink
    "import { setAppCookie } from './lib/cookies.js'; setAppCookie(res, 'tracker', '1');",
  ],
  invalid: [
    {
      code: "import { setAppCookie as remember } from './lib/cookies.js'; remember(res, 'tracker', '1');",
      settings: withSinks([WRAPPER]),
      errors: [undeclared(1, 76)],
    },
    {
      code: "import jar from 'my-cookie-jar'; jar.write('tracker', '1');",
      settings: withSinks([{ module: 'my-cookie-jar', method: 'write' }]),
      errors: [undeclared(1, 44)],
    },
    {
      // Nuxt auto-imports useCookie: declared as a global
      code: "const consent = useCookie('tracker', { maxAge: 60 });",
      settings: withSinks([{ global: 'useCookie', optionsArgument: 1, units: { maxAge: 'seconds' } }]),
      errors: [undeclared(1, 27)],
    },
  ],
});
