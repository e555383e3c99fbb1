import { anyOf, globalValue, importedFrom, memberOf, membersOf } from './shapes.js';
import { expressResponse, fastifyReply, fetchHeaders, honoContext, koaContext, nodeResponse } from './receivers.js';
import type { Sink, SinkFamily } from './types.js';

// Raw `Set-Cookie` headers (reference/sinks.md section 4). Only calls whose header-name argument
// resolves to `set-cookie` (any case) count, so request `Cookie` headers never match.
const H3 = ['h3'];
const ROUTER_HELPERS = ['react-router', '@remix-run/node', '@remix-run/cloudflare', '@remix-run/deno', '@remix-run/server-runtime'];

const headerCalls: Sink[] = [
  { kind: 'headerCall', callee: membersOf(nodeResponse, ['setHeader', 'appendHeader']), headerArgument: 0, valueArgument: 1 },
  { kind: 'headerCall', callee: membersOf(expressResponse, ['set', 'header', 'append']), headerArgument: 0, valueArgument: 1 },
  { kind: 'headerCall', callee: membersOf(anyOf([koaContext, memberOf(koaContext, 'response')]), ['set', 'append']), headerArgument: 0, valueArgument: 1 },
  { kind: 'headerCall', callee: memberOf(fastifyReply, 'header'), headerArgument: 0, valueArgument: 1 },
  { kind: 'headerCall', callee: memberOf(honoContext, 'header'), headerArgument: 0, valueArgument: 1 },
  { kind: 'headerCall', callee: membersOf(fetchHeaders, ['set', 'append']), headerArgument: 0, valueArgument: 1 },
  {
    kind: 'headerCall',
    callee: anyOf([importedFrom(H3, 'setResponseHeader'), importedFrom(H3, 'appendResponseHeader')]),
    headerArgument: 1,
    valueArgument: 2,
  },
];

const headerObjects: Sink[] = [
  { kind: 'headerObject', callee: memberOf(nodeResponse, 'writeHead'), argument: 1 },
  { kind: 'headerObject', callee: memberOf(nodeResponse, 'writeHead'), argument: 2 },
  { kind: 'headerObject', callee: memberOf(expressResponse, 'set'), argument: 0 },
  { kind: 'headerObject', callee: memberOf(fastifyReply, 'headers'), argument: 0 },
  { kind: 'headerObject', callee: anyOf([importedFrom(H3, 'setResponseHeaders'), importedFrom(H3, 'appendResponseHeaders')]), argument: 1 },
  { kind: 'headerObject', callee: globalValue('Headers'), argument: 0 },
  { kind: 'headerObject', callee: globalValue('Response'), argument: 1, key: 'headers' },
  { kind: 'headerObject', callee: memberOf(globalValue('Response'), 'json'), argument: 1, key: 'headers' },
  { kind: 'headerObject', callee: membersOf(importedFrom('next/server', 'NextResponse'), ['json', 'redirect', 'rewrite']), argument: 1, key: 'headers' },
  { kind: 'headerObject', callee: memberOf(importedFrom('next/server', 'NextResponse'), 'next'), argument: 0, key: 'headers' },
  { kind: 'headerObject', callee: importedFrom('next/server', 'NextResponse'), argument: 1, key: 'headers' },
  {
    kind: 'headerObject',
    callee: anyOf(['data', 'json', 'redirect', 'redirectDocument', 'replace'].map((name) => importedFrom(ROUTER_HELPERS, name))),
    argument: 1,
    key: 'headers',
  },
];

/** `Set-Cookie` written by hand on Node responses, Fetch `Headers` / `Response`, and framework header helpers. */
export const setCookieHeader: SinkFamily = {
  id: 'set-cookie-header',
  description: 'raw `Set-Cookie` headers (Node responses, Fetch `Headers` and `Response`, framework helpers)',
  triggers: ['cookie'],
  sinks: [...headerCalls, ...headerObjects],
};

