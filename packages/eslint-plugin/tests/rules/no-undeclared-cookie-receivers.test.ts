// Cookie receivers and names obtained the ways real code obtains them: a framework context
// typed with the app's own type, a context returned by a helper, Express's `req.res`, names
// built by project functions and static class fields, React Router cookie objects. Imports
// resolve against tests/fixtures (server-context.ts, keys.ts, remix-cookies.ts). The fixture
// policy declares `sessionid`, `theme`, `_ga_*` and `*.session_token` as cookies.
import rule from '../../src/rules/no-undeclared-cookie.js';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
// A JavaScript server file: its handlers are typed in JSDoc.
const SERVER_JS = fixture('server.js');
const undeclared = (line: number, column: number) => ({ messageId: 'undeclaredCookie' as const, line, column });
const uncoveredPattern = (line: number, column: number) => ({ messageId: 'undeclaredCookiePattern' as const, line, column });

ruleTester.run('no-undeclared-cookie', rule, {
  valid: [
    // a variable rebuilt from itself many times (Angular's `params = params.set(...)`): each of its values is followed once
    `let params = new HttpParams();\n${Array.from({ length: 30 }, (_, i) => `params = params.set('k${i}', '${i}');`).join('\n')}\nparams.cookie('tracker', 't');`,
    // a chain on something that is no response
    "new Map().set('a', 1).cookie('tracker', 't');",
    // a typed member whose type is not the library's
    "import type { Cookies } from 'some-other-lib'; export function f(params: { cookies: Cookies }) { params.cookies.set('tracker', 'v'); }",
    "import type { ServerContext } from './server-context.js'; export function remember(ctx: ServerContext) { ctx.cookies.set('theme', '1'); }",
    // a type named `Context` from another library, or the app's own type that extends no library type
    "import type { Context } from 'some-other-lib'; export function remember(ctx: Context) { ctx.cookies.set('tracker', '1'); }",
    "interface Context { cookies: Map<string, string> } export function remember(ctx: Context) { ctx.cookies.set('tracker', '1'); }",
    "import type { Context } from 'some-other-lib'; type AppContext = Context & { user: string }; export const remember = (ctx: AppContext) => ctx.cookies.set('tracker', '1');",
    // `req.res` of something that is not a handler's request
    "export function remember(req) { req.res.cookie('tracker', '1'); }",
    // a helper returning something else than a context
    "function currentCookies() { return new Map(); } currentCookies().set('tracker', '1');",
    // names through functions and static fields that the policy declares
    "import Cookies from 'js-cookie'; function named(x) { return x; } Cookies.set(named('theme'), '1');",
    "import Cookies from 'js-cookie'; class Names { static readonly SESSION = 'sessionid'; } Cookies.set(Names.SESSION, '1');",
    // React Router: `createCookie` alone writes nothing; a declared cookie object serialized, here or imported
    "import { createCookie } from 'react-router'; export const tracker = createCookie('tracker');",
    "import { themeCookie } from './remix-cookies.js'; export const loader = async () => ({ headers: { 'Set-Cookie': await themeCookie.serialize('dark') } });",
    "import { createCookieSessionStorage } from 'react-router'; import { themeCookie } from './remix-cookies.js'; createCookieSessionStorage({ cookie: themeCookie });",
    "import { typedCookie } from './remix-cookies.js'; await typedCookie('theme').serialize('dark');",
    // serializing with deleting options clears the cookie
    "import { trackerCookie } from './remix-cookies.js'; await trackerCookie.serialize('', { maxAge: 0 }); await trackerCookie.serialize('', { expires: new Date(0) });",
    // JSDoc types in JavaScript: a type of another package, the global fetch Response, a comment that is not the function's
    { code: "/**\n * @param {import('undici').Response} res\n */\nexport function remember(res) {\n  res.cookie('tracker', '1');\n}", filename: SERVER_JS },
    { code: "/** @param {Response} res */\nexport function remember(res) {\n  res.cookie('tracker', '1');\n}", filename: SERVER_JS },
    { code: "/** @param {import('express').Response} res */\nconst unrelated = 1;\nexport function remember(res) {\n  res.cookie('tracker', '1');\n}", filename: SERVER_JS },
    // `serialize` of something else
    "import { serializeForm } from './forms.js'; const form = makeForm(); form.serialize('tracker');",
  ],
  invalid: [
    // a response method that returns the response: chained cookies (flowise's login), after `status`
    {
      code: "import express from 'express';\nexpress().get('/', (req, res) => {\n  res.cookie('sessionid', 's').cookie('tracker', 't');\n  res.status(200).cookie('tracker', 't');\n});",
      errors: [undeclared(3, 39), undeclared(4, 26)],
    },
    // a member of a parameter whose annotation types it (chat-ui's `params: { url: URL; cookies: Cookies }`), also through the app's own interface
    { code: "import type { Cookies } from '@sveltejs/kit';\nexport function f(params: { url: URL; cookies: Cookies }) {\n  params.cookies.set('tracker', 'v', { path: '/' });\n}", errors: [undeclared(3, 22)] },
    { code: "import type { Cookies } from '@sveltejs/kit';\ninterface Params { cookies: Cookies }\nexport const f = (p: { params: Params }) => p.params.cookies.set('tracker', 'v', { path: '/' });", errors: [undeclared(3, 66)] },
    // Koa: a ctx typed with the app's own context type (interface extends, type alias, intersection; here or imported)
    { code: "import Koa from 'koa';\ninterface ServerContext extends Koa.Context {\n  user?: string;\n}\nexport async function remember(ctx: ServerContext) {\n  ctx.cookies.set('tracker', '1');\n}", errors: [undeclared(6, 19)] },
    { code: "import type { ParameterizedContext } from 'koa';\ntype AppContext = ParameterizedContext<State, Custom>;\nexport const remember = (ctx: AppContext) => ctx.cookies.set('tracker', '1');", errors: [undeclared(3, 62)] },
    { code: "import type { Context } from 'koa';\ntype WithUser = Context & { user: User };\nexport function remember(ctx: WithUser) {\n  ctx.cookies.set('tracker', '1');\n}", errors: [undeclared(4, 19)] },
    { code: "import type { ServerContext } from './server-context.js';\nexport function remember(ctx: ServerContext) {\n  ctx.cookies.set('tracker', '1');\n}", errors: [undeclared(3, 19)] },
    { code: "import type { AppContext } from './server-context.js';\nexport function remember({ cookies }: AppContext) {\n  cookies.set('tracker', '1');\n}", errors: [undeclared(3, 15)] },
    { code: "import type RouterContext from './server-context.js';\nexport const remember = async (ctx: RouterContext) => {\n  ctx.cookies.set('tracker', '1');\n};", errors: [undeclared(3, 19)] },
    // a ctx returned by a helper (its declared return type, or what it returns), or asserted
    // oidc-provider's context is Koa's (logto's device flow)
    { code: "import type { KoaContextWithOIDC } from 'oidc-provider';\nconst remember = (ctx: KoaContextWithOIDC) => {\n  ctx.cookies.set('tracker', '1');\n};", errors: [undeclared(3, 19)] },
    { code: "import type { Context } from 'koa';\nfunction currentContext(): Context {\n  return contextStorage.getStore();\n}\ncurrentContext().cookies.set('tracker', '1');", errors: [undeclared(5, 30)] },
    { code: "import Koa from 'koa';\nconst app = new Koa();\nlet current;\napp.use((ctx) => { current = ctx; });\nconst ctx = contextStorage.getStore() as Koa.Context;\nctx.cookies.set('tracker', '1');", errors: [undeclared(6, 17)] },
    // the same for every typed receiver: an Express Response of the app's own
    { code: "import type { Response } from 'express';\ninterface AppResponse extends Response {\n  locals: { user: string };\n}\nexport function remember(res: AppResponse) {\n  res.cookie('tracker', '1');\n}", errors: [undeclared(6, 14)] },
    // JSDoc types in JavaScript (audiobookshelf): `import('express').Response`, a type `require`d from express, a
    // qualified name, a router handed to a function that adds routes
    { code: "class TokenManager {\n  /**\n   * @param {import('express').Request} req\n   * @param {import('express').Response} res\n   */\n  setRefreshTokenCookie(req, res, token) {\n    res.cookie('refresh_token', token, { httpOnly: true });\n  }\n}", filename: SERVER_JS, errors: [undeclared(7, 16)] },
    { code: "const { Request, Response } = require('express');\n/**\n * @param {Request} req\n * @param {Response} res\n */\nasync function share(req, res) {\n  res.cookie('share_session_id', req.params.id);\n}", filename: SERVER_JS, errors: [undeclared(7, 14)] },
    { code: "const express = require('express');\n/** @param {express.Response} [res] the response */\nexports.remember = function (res) {\n  res.cookie('tracker', '1');\n};", filename: SERVER_JS, errors: [undeclared(4, 14)] },
    { code: "/** @param {import('express').Router} router */\nexport function authRoutes(router) {\n  router.get('/login', (req, res) => res.cookie('auth_state', '1'));\n}", filename: SERVER_JS, errors: [undeclared(3, 49)] },
    // a fixed name in a helper of this file that is given the response: reported where the helper writes it, once
    {
      code: "import express from 'express';\nconst app = express();\nfunction remember(res) {\n  res.cookie('tracker', '1');\n}\napp.get('/a', (req, res) => remember(res));\napp.get('/b', (req, res) => remember(res));",
      errors: [undeclared(4, 14)],
    },
    // NestJS: the response a guard reaches through its ExecutionContext, on Fastify or Express
    {
      code: "import type { ExecutionContext } from '@nestjs/common';\nexport class Guard {\n  handle(ctx: ExecutionContext) {\n    const res = ctx.switchToHttp().getResponse();\n    res.setCookie('tracker', '1');\n    ctx.switchToHttp().getResponse().cookie('other', '1');\n  }\n}",
      errors: [undeclared(5, 19), undeclared(6, 45)],
    },
    // a helper handed the reply, typed: reported once, where it names the cookie, not again at each call (docmost's setAuthCookie)
    {
      code: "import type { FastifyReply } from 'fastify';\nclass Auth {\n  setAuthCookie(res: FastifyReply, token: string) { res.setCookie('tracker', token); }\n  login(res: FastifyReply) { this.setAuthCookie(res, 't'); }\n}\nexport function setup(res: FastifyReply) { new Auth().setAuthCookie(res, 't'); }",
      errors: [undeclared(3, 67)],
    },
    { code: "import type { FastifyReply } from 'fastify';\ntype AppReply = FastifyReply & { locals: Locals };\nexport function remember(reply: AppReply) {\n  reply.setCookie('tracker', '1');\n}", errors: [undeclared(4, 19)] },
    { code: "import type { Context } from 'hono';\nimport { setCookie } from 'hono/cookie';\ntype AppContext = Context<{ Bindings: Env }>;\nexport const remember = (c: AppContext) => setCookie(c, 'tracker', '1');", errors: [undeclared(4, 57)] },
    // Express: `req.res` of a handler's request, or of a typed Request
    { code: "import express from 'express';\nconst app = express();\napp.post('/login', (req) => {\n  req.res.cookie('tracker', '1');\n  req.res?.cookie('tracker', '2');\n});", errors: [undeclared(4, 18), undeclared(5, 19)] },
    { code: "import type { Request } from 'express';\nexport function remember(req: Request) {\n  req.res!.cookie('tracker', '1');\n}", errors: [undeclared(3, 19)] },
    // names built by project functions and static class fields
    { code: "import Cookies from 'js-cookie';\nconst prefixed = (x) => `__Host-${x}`;\nCookies.set(prefixed('sid'), '1');", errors: [undeclared(3, 13)] },
    { code: "import Cookies from 'js-cookie';\nimport { prefixed } from './keys.js';\nCookies.set(prefixed(id), '1');", errors: [uncoveredPattern(3, 13)] },
    { code: "import Cookies from 'js-cookie';\nclass CookieNames {\n  static TRACKER = 'tracker';\n}\nCookies.set(CookieNames.TRACKER, '1');", errors: [undeclared(5, 13)] },
    // React Router: the cookie is written where `serialize` builds its header, with the name given to `createCookie`
    { code: "import { createCookie } from 'react-router';\nconst prefs = createCookie('tracker');\nexport async function action() {\n  return new Response(null, { headers: { 'Set-Cookie': await prefs.serialize({}) } });\n}", errors: [undeclared(4, 62)] },
    { code: "import { trackerCookie } from './remix-cookies.js';\nexport const loader = async () => ({ headers: { 'Set-Cookie': await trackerCookie.serialize(1) } });", errors: [undeclared(2, 69)] },
    { code: "import { createCookie, createCookieSessionStorage } from '@remix-run/node';\ncreateCookieSessionStorage({ cookie: createCookie('tracker', { secrets }) });", errors: [undeclared(2, 38)] },
    { code: "import { createCookie } from 'react-router';\nconst cookieFor = (name) => createCookie(name, { secrets });\nexport const action = async () => ({ headers: { 'Set-Cookie': await cookieFor('tracker').serialize(1) } });", errors: [undeclared(3, 69)] },
    { code: "import { createCookie } from 'react-router';\nconst { serialize } = createCookie('tracker');\nawait serialize(1);", errors: [undeclared(3, 7)] },
    // a cookie made by the app's own wrapper of createCookie, in another module: its parameter stands for the argument
    { code: "import { typedCookie } from './remix-cookies.js';\nconst prefs = typedCookie('tracker');\nexport const action = async () => ({ headers: { 'Set-Cookie': await prefs.serialize(1) } });", errors: [undeclared(3, 69)] },
  ],
});
