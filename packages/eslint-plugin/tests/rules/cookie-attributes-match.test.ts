// Options compared with declarations, in each library's unit. The fixture policy declares
// `sessionid` (2 weeks; httpOnly, secure, sameSite lax, path /) and `theme` (1 year; secure,
// sameSite lax) and `_ga_*` (13 months).
import { relative } from 'node:path';
import rule from '../../src/rules/cookie-attributes-match.js';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
// The rule tester lints from the file system root: messages name the policy relative to it.
const POLICY = relative('/', fixture('cookies.ts'));
const lifetime = (line: number, column: number) => ({ messageId: 'lifetimeTooLong' as const, line, column });
const mismatch = (line: number, column: number) => ({ messageId: 'attributeMismatch' as const, line, column });
const lifetimeOf = (line: number, column: number, name: string, written: string, option: string, declared: string) =>
  ({ messageId: 'lifetimeTooLong' as const, line, column, data: { name, written, option, declared, policy: POLICY } });
const EXPRESS = "import express from 'express'; const app = express(); app.get('/', (req, res) => { ";
const DAY_MS = '24 * 60 * 60 * 1000';

ruleTester.run('cookie-attributes-match', rule, {
  valid: [
    // milliseconds: Express, express-session, cookie-session, Koa
    `${EXPRESS}res.cookie('sessionid', key, { maxAge: 14 * ${DAY_MS}, httpOnly: true, secure: true, sameSite: 'lax' }); });`,
    `import session from 'express-session'; session({ name: 'sessionid', secret, cookie: { maxAge: 14 * ${DAY_MS}, secure: true, sameSite: 'lax' } });`,
    `import Koa from 'koa'; new Koa().use((ctx) => { ctx.cookies.set('theme', 'dark', { maxAge: 365 * ${DAY_MS}, secure: true, sameSite: 'lax' }); });`,
    // seconds: the cookie package family
    "import { cookies } from 'next/headers'; (await cookies()).set('theme', 'dark', { maxAge: 60 * 60 * 24 * 365, secure: true, sameSite: 'lax' });",
    "import { serialize } from 'cookie'; res.setHeader('Set-Cookie', serialize('theme', 'dark', { maxAge: 3600, secure: true, sameSite: 'Lax' }));",
    // days: js-cookie, jquery.cookie, ngx-cookie-service (positional)
    "import Cookies from 'js-cookie'; Cookies.set('theme', 'dark', { expires: 365, secure: true, sameSite: 'lax' });",
    "import { CookieService } from 'ngx-cookie-service'; class A { constructor(private c: CookieService) {} f() { this.c.set('theme', 'd', 30, '/', undefined, true, 'Lax'); } }",
    // tiny-cookie: days, a Date, or a duration string (`M` months, `m` minutes); typescript-cookie: days
    "import { set } from 'tiny-cookie'; set('theme', 'dark', { expires: 365, secure: true }); set('theme', 'dark', { expires: '12M', secure: true }); set('theme', 'dark', null, { expires: '90m', secure: true });",
    "import { setCookie } from 'typescript-cookie'; setCookie('theme', 'dark', { expires: 365, secure: true, sameSite: 'lax' });",
    // react-cookies: `maxAge` in seconds, as the cookie package serializes it
    "import cookie from 'react-cookies'; cookie.save('theme', 'dark', { maxAge: 365 * 24 * 60 * 60, secure: true, sameSite: 'lax' });",
    // strings: Max-Age and Expires
    "const YEAR = 365 * 24 * 60 * 60; document.cookie = `theme=dark; Max-Age=${YEAR}; Path=/; Secure; SameSite=Lax`;",
    "document.cookie = `theme=dark; Expires=${new Date(Date.now() + 7 * 864e5).toUTCString()}; Secure; SameSite=Lax`;",
    "document.cookie = ['theme=dark', `Max-Age=${365 * 24 * 60 * 60}`, 'Path=/', 'Secure', 'SameSite=Lax'].join('; ');",
    // a session cookie never outlives its declaration; a pattern's declaration applies to its names
    "import Cookies from 'js-cookie'; Cookies.set('theme', 'dark', { secure: true, sameSite: 'lax' }); Cookies.set(`_ga_${id}`, '1', { expires: 390 });",
    // options the rule cannot see are not compared
    `${EXPRESS}res.cookie('sessionid', key, options); res.cookie('sessionid', key, { ...defaults, maxAge: 1000 }); });`,
    `${EXPRESS}res.cookie('sessionid', key, { maxAge: ttl, httpOnly: true, secure: isProduction, sameSite: 'lax' }); });`,
    "document.cookie = `theme=dark; ${attributes}`;",
    // undeclared cookies are no-undeclared-cookie's
    "import Cookies from 'js-cookie'; Cookies.set('tracker', '1', { expires: 9999 });",
    // React Router: the options of `createCookie`, compared where the cookie is serialized
    "import { createCookie } from 'react-router'; const theme = createCookie('theme', { maxAge: 3600, secure: true, sameSite: 'lax' }); await theme.serialize('dark');",
    // options given to `serialize` override createCookie's key by key: the attributes written are not compared
    "import { longTheme } from './remix-cookies.js'; await longTheme.serialize('dark', { maxAge: 3600 });",
  ],
  invalid: [
    // React Router: the options given to `createCookie` in an imported module, reported where the cookie is serialized
    { code: "import { longTheme } from './remix-cookies.js'; await longTheme.serialize('dark');", errors: [lifetime(1, 55)] },
    {
      code: `${EXPRESS}res.cookie('theme', 'dark', { maxAge: 2 * 365 * ${DAY_MS}, secure: true, sameSite: 'lax' }); });`,
      errors: [lifetimeOf(1, 95, 'theme', '2 years', 'maxAge', '1 year')],
    },
    {
      code: `import session from 'express-session'; session({ name: 'sessionid', secret, cookie: { maxAge: 30 * ${DAY_MS}, httpOnly: false, secure: true, sameSite: 'lax' } });`,
      errors: [
        lifetimeOf(1, 56, 'sessionid', '1 month', 'maxAge', '2 weeks'),
        { ...mismatch(1, 56), data: { name: 'sessionid', attribute: 'httpOnly', written: 'false', defaulted: '', declared: 'true', policy: POLICY } },
      ],
    },
    { code: `import cookieSession from 'cookie-session'; cookieSession({ name: 'sessionid', maxAge: 15 * ${DAY_MS}, secure: true, sameSite: 'lax', signed: false });`, errors: [lifetime(1, 67)] },
    { code: `import Koa from 'koa'; new Koa().use((ctx) => { ctx.cookies.set('theme', 'dark', { maxAge: 400 * ${DAY_MS}, secure: true, sameSite: 'lax' }); });`, errors: [lifetime(1, 65)] },
    { code: "import { cookies } from 'next/headers'; (await cookies()).set({ name: 'theme', value: 'd', maxAge: 63072000, secure: true, sameSite: 'lax' });", errors: [lifetime(1, 71)] },
    { code: "import { setCookie } from 'hono/cookie'; setCookie(c, 'theme', 'd', { maxAge: 34560000, secure: true, sameSite: 'Lax' });", errors: [lifetime(1, 55)] },
    { code: "import Cookies from 'js-cookie'; Cookies.set('theme', 'dark', { expires: 730, secure: true, sameSite: 'lax' });", errors: [lifetime(1, 46)] },
    { code: "$.cookie('theme', 'dark', { expires: 400, secure: true });", errors: [lifetime(1, 10)] },
    // tiny-cookie (its options after an encoder too) and typescript-cookie
    { code: "import { set } from 'tiny-cookie'; set('theme', 'dark', { expires: '2Y', secure: true });", errors: [lifetimeOf(1, 40, 'theme', '2 years', 'expires', '1 year')] },
    { code: "import { setCookie } from 'tiny-cookie'; setCookie('theme', 'dark', { expires: 400, secure: true });", errors: [lifetime(1, 52)] },
    { code: "import { set } from 'tiny-cookie'; set('theme', 'dark', (v) => v, { expires: '13M', secure: true });", errors: [lifetime(1, 40)] },
    { code: "import { Cookies } from 'typescript-cookie'; Cookies.set('theme', 'dark', { expires: 730, secure: true, sameSite: 'lax' });", errors: [lifetime(1, 58)] },
    {
      code: "import { CookieService } from 'ngx-cookie-service'; class A { constructor(private c: CookieService) {} f() { this.c.set('theme', 'd', 730, '/', undefined, true, 'Lax'); } }",
      errors: [lifetime(1, 121)],
    },
    { code: "export default { methods: { f() { this.$cookies.set('theme', 'd', '2y', '/', '', true, 'Lax'); } } };", errors: [lifetime(1, 53)] },
    // `_ga_*` is declared for 13 months
    {
      code: "import Cookies from 'js-cookie'; Cookies.set(`_ga_${id}`, '1', { expires: 730 });",
      errors: [lifetimeOf(1, 46, '_ga_*', '2 years', 'expires', '13 months')],
    },
    // strings: Max-Age, Expires, flags
    {
      code: 'document.cookie = `theme=dark; Max-Age=${2 * 365 * 24 * 3600}; SameSite=Lax`;',
      errors: [
        lifetime(1, 19),
        { ...mismatch(1, 19), data: { name: 'theme', attribute: 'secure', written: 'false', defaulted: ' (the default when the option is left out)', declared: 'true', policy: POLICY } },
      ],
    },
    { code: 'document.cookie = `theme=dark; expires=${new Date(Date.now() + 800 * 864e5).toUTCString()}; Secure; SameSite=Lax`;', errors: [lifetime(1, 19)] },
    // parts joined with `; `: read as the one string they make
    { code: "document.cookie = ['theme=dark', `Max-Age=${2 * 365 * 24 * 3600}`, 'Secure', 'SameSite=Lax'].join('; ');", errors: [lifetime(1, 20)] },
    { code: "import { createServer } from 'node:http'; createServer((req, res) => { res.setHeader('Set-Cookie', 'sessionid=k; Path=/; Secure; SameSite=Lax'); });", errors: [mismatch(1, 100)] },
    // httpOnly cannot be set from the browser
    {
      code: "document.cookie = 'sessionid=k; Path=/; Secure; SameSite=Lax';",
      errors: [{ messageId: 'httpOnlyFromBrowser', line: 1, column: 19, data: { name: 'sessionid', policy: POLICY, family: '`document.cookie` (also `window.document.cookie` and aliases of `document`)' } }],
    },
    { code: "import Cookies from 'js-cookie'; Cookies.set('sessionid', k, { secure: true, sameSite: 'lax' });", errors: [{ messageId: 'httpOnlyFromBrowser', line: 1, column: 46 }] },
    // sameSite, path, a library default
    { code: `${EXPRESS}res.cookie('theme', 'dark', { secure: true, sameSite: 'strict' }); });`, errors: [mismatch(1, 95)] },
    { code: `${EXPRESS}res.cookie('sessionid', k, { httpOnly: true, secure: true, sameSite: 'lax', path: '/admin' }); });`, errors: [mismatch(1, 95)] },
    { code: `${EXPRESS}res.cookie('sessionid', k, { secure: true, sameSite: 'lax' }); });`, errors: [mismatch(1, 95)] },
  ],
});
