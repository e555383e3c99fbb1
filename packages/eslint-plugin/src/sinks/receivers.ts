import { ROUTE_METHODS, anyOf, callOf, globalValue, importedFrom, memberOf, membersOf, paramOf, routeParam, typedAs } from './shapes.js';

// Receivers that several families share: the response objects of server frameworks, reached
// through the framework's import (`express()`, `new Koa()`, ...), a handler parameter, or a type.

const NODE_HTTP = ['http', 'node:http', 'https', 'node:https'];

/**
 * The response a NestJS guard, interceptor or exception filter reaches through its context,
 * `ctx.switchToHttp().getResponse()`: Express's `res` or Fastify's `reply`, whichever platform runs.
 */
const nestResponse = callOf(memberOf(callOf(memberOf(typedAs('@nestjs/common', 'ExecutionContext', 'ArgumentsHost'), 'switchToHttp')), 'getResponse'));

const express = importedFrom('express', 'default');
const expressApp = callOf(anyOf([express, importedFrom('express', 'Router')]));
const expressRoutes = anyOf([
  expressApp,
  callOf(memberOf(expressApp, 'route')),
  // A router or app handed to a function that adds routes to it (`router: express.Router`).
  typedAs('express', 'Router', 'Express', 'Application', 'IRouter'),
  typedAs('express-serve-static-core', 'Router', 'Express', 'Application', 'IRouter'),
]);

const expressHandlers = membersOf(expressRoutes, ROUTE_METHODS);

/** An Express `req`: the first parameter of a route handler (second of an error handler), or a value typed `Request` from express. */
export const expressRequest = anyOf([
  paramOf(expressHandlers, 0, { 4: 1 }),
  typedAs('express', 'Request'),
  typedAs('express-serve-static-core', 'Request'),
]);

/**
 * An Express `res`: the second parameter of a route handler (third of an error handler), a
 * value typed `Response` from express, or the request's `req.res`.
 */
export const expressResponse = anyOf([
  paramOf(expressHandlers, 1, { 4: 2 }),
  typedAs('express', 'Response'),
  typedAs('express-serve-static-core', 'Response'),
  memberOf(expressRequest, 'res'),
  nestResponse,
]);

/** A Node `http.ServerResponse`, Express's included. */
export const nodeResponse = anyOf([
  expressResponse,
  paramOf(importedFrom(NODE_HTTP, 'createServer'), 1),
  typedAs('http', 'ServerResponse'),
  typedAs('node:http', 'ServerResponse'),
  typedAs('next', 'NextApiResponse'),
]);

const koaApp = callOf(importedFrom('koa', 'default'));
const koaRouter = callOf(importedFrom(['@koa/router', 'koa-router'], 'default'));

/** A Koa `ctx`: the first parameter of middleware or of a router handler, or a typed context. */
export const koaContext = anyOf([
  paramOf(membersOf(anyOf([koaApp, koaRouter]), ROUTE_METHODS), 0),
  typedAs('koa', 'Context', 'ParameterizedContext', 'DefaultContext', 'BaseContext'),
  typedAs('@koa/router', 'RouterContext'),
  typedAs('koa-router', 'RouterContext'),
  // oidc-provider runs on Koa: its context type is Koa's with `ctx.oidc`.
  typedAs('oidc-provider', 'KoaContextWithOIDC'),
]);

const fastifyApp = callOf(importedFrom('fastify', 'default'));
const fastifyInstance = anyOf([fastifyApp, paramOf(memberOf(fastifyApp, 'register'), 0)]);

/** A Fastify `reply`: the second parameter of a route handler or hook, or a value typed `FastifyReply`. */
export const fastifyReply = anyOf([
  paramOf(membersOf(fastifyInstance, [...ROUTE_METHODS, 'addHook']), 1),
  typedAs('fastify', 'FastifyReply'),
  nestResponse,
]);

const honoApp = callOf(importedFrom(['hono', 'hono/tiny', 'hono/quick'], 'Hono'));

/** A Hono `c`: the first parameter of a handler or middleware, or a value typed `Context`. */
export const honoContext = anyOf([
  paramOf(membersOf(honoApp, ROUTE_METHODS), 0),
  paramOf(importedFrom(['hono/factory'], 'createMiddleware'), 0),
  typedAs('hono', 'Context'),
]);

const SVELTEKIT_ROUTE_FILE = /(?:^|[\\/])(?:\+page\.server|\+layout\.server|\+server)\.[cm]?[jt]s$/;
const SVELTEKIT_HOOKS_FILE = /(?:^|[\\/])hooks\.server\.[cm]?[jt]s$/;
const SVELTEKIT_ROUTE_EXPORTS = ['load', 'actions', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback'];

/** A SvelteKit `RequestEvent`: the parameter of `load`, actions and `+server` handlers, `event` in `handle`. */
export const svelteKitEvent = anyOf([
  routeParam(SVELTEKIT_ROUTE_FILE, SVELTEKIT_ROUTE_EXPORTS),
  memberOf(routeParam(SVELTEKIT_HOOKS_FILE, ['handle']), 'event'),
  typedAs('@sveltejs/kit', 'RequestEvent', 'ServerLoadEvent'),
]);

const ASTRO_ENDPOINT_FILE = /(?:^|[\\/])(?:pages[\\/].*|middleware(?:[\\/]index)?)\.[cm]?[jt]s$/;

/** An Astro `APIContext`: the parameter of an endpoint or of middleware. */
export const astroContext = anyOf([
  routeParam(ASTRO_ENDPOINT_FILE, ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'ALL', 'onRequest']),
  paramOf(importedFrom('astro:middleware', 'defineMiddleware'), 0),
  typedAs('astro', 'APIContext', 'AstroGlobal'),
  globalValue('Astro'),
]);

const NEXT_SERVER = ['next/server'];
const nextResponseClass = importedFrom(NEXT_SERVER, 'NextResponse');

/** A Next.js `NextResponse`. */
export const nextResponse = anyOf([
  callOf(nextResponseClass),
  callOf(membersOf(nextResponseClass, ['next', 'json', 'redirect', 'rewrite'])),
  typedAs('next/server', 'NextResponse'),
]);

/** A Fetch `Response`: built with `new Response(...)`, `Response.json(...)`, or typed `Response` (the global type). */
export const fetchResponse = anyOf([
  callOf(globalValue('Response')),
  callOf(membersOf(globalValue('Response'), ['json', 'redirect'])),
  typedAs('', 'Response'),
  nextResponse,
  memberOf(honoContext, 'res'),
]);

/** A Fetch `Headers` object that goes back to the browser: `new Headers()`, or the headers of a response. */
export const fetchHeaders = anyOf([callOf(globalValue('Headers')), typedAs('', 'Headers'), memberOf(fetchResponse, 'headers')]);
