import { COOKIE_PACKAGE_UNITS, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

// The server entry of each TanStack Start flavour, and the core they re-export.
const SERVER = ['@tanstack/react-start/server', '@tanstack/solid-start/server', '@tanstack/start-server-core'];

/**
 * TanStack Start's server functions and handlers: `setCookie(name, value, options)` sets a cookie on
 * the response of the request being handled (no event argument, unlike h3's).
 */
export const tanstackStart: SinkFamily = {
  id: '@tanstack/start',
  description: 'TanStack Start (`setCookie(name, value, options)` of `@tanstack/react-start/server`)',
  triggers: ['@tanstack/'],
  sinks: [{ kind: 'call', callee: importedFrom(SERVER, 'setCookie'), name: { argument: 0 }, options: { argument: 2, units: COOKIE_PACKAGE_UNITS } }],
};
