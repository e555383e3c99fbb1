import { COOKIE_PACKAGE_UNITS, anyOf, anyValue, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily, ValueSpec } from './types.js';

// A plugin is configured where it is registered: `app.register(plugin, options)`.
const register = memberOf(anyValue, 'register');
const plugin = (module: string, named: string): { readonly index: number; readonly value: ValueSpec } => ({
  index: 0,
  value: anyOf([importedFrom(module, 'default'), importedFrom(module, named)]),
});

/**
 * @fastify/session: `app.register(fastifySession, { cookieName, cookie })` keeps the session id in
 * the cookie `cookieName`, default `sessionId`; `cookie.maxAge` in milliseconds, `httpOnly`,
 * `secure` and `path: '/'` by default.
 */
export const fastifySession: SinkFamily = {
  id: '@fastify/session',
  description: '@fastify/session (`register(fastifySession, { cookieName })`, default `sessionId`)',
  triggers: ['@fastify/session'],
  sinks: [
    {
      kind: 'config',
      callee: register,
      onlyWithArgument: plugin('@fastify/session', 'fastifySession'),
      argument: 1,
      nameKeys: ['cookieName'],
      defaultName: 'sessionId',
      options: { nestedKey: 'cookie', units: { maxAge: 'milliseconds', expires: 'date' }, defaults: { httpOnly: true, secure: true, path: '/' } },
    },
  ],
};

/**
 * @fastify/secure-session: `app.register(fastifySecureSession, { cookieName, sessionName, cookie })`
 * keeps the encrypted session in the cookie `cookieName`, else `sessionName`, default `session`,
 * set with @fastify/cookie (`cookie.maxAge` in seconds, `httpOnly` by default). An array of
 * sessions is not read.
 */
export const fastifySecureSession: SinkFamily = {
  id: '@fastify/secure-session',
  description: '@fastify/secure-session (`register(fastifySecureSession, { cookieName, sessionName })`, default `session`)',
  triggers: ['@fastify/secure-session'],
  sinks: [
    {
      kind: 'config',
      callee: register,
      onlyWithArgument: plugin('@fastify/secure-session', 'fastifySecureSession'),
      argument: 1,
      nameKeys: ['cookieName', 'sessionName'],
      defaultName: 'session',
      options: { nestedKey: 'cookie', units: COOKIE_PACKAGE_UNITS, defaults: { httpOnly: true } },
    },
  ],
};
