import { importedFrom } from './shapes.js';
import type { ConfigSink, SinkFamily } from './types.js';

// pusher-js keeps the transport that connected last under this key (`pusherTransportNonTLS` for a
// plain `ws:` connection, only on an `http:` page with `forceTLS: false`, which is not reported).
const TRANSPORT_CACHE = 'pusherTransportTLS';

// Laravel Echo connects through pusher-js for these broadcasters.
const echoSink = (broadcaster: string): ConfigSink => ({
  kind: 'config',
  callee: importedFrom('laravel-echo', 'default'),
  constructs: true,
  argument: 0,
  nameKeys: [],
  defaultName: TRANSPORT_CACHE,
  onlyWhen: { key: 'broadcaster', value: broadcaster },
});

/**
 * pusher-js: a `new Pusher(key, options)` client caches the transport that last connected in
 * localStorage `pusherTransportTLS`. Laravel Echo's `new Echo({ broadcaster: 'pusher' })` (or
 * `'reverb'`) makes such a client.
 */
export const pusherJs: SinkFamily = {
  id: 'pusher-js',
  description: "pusher-js (`new Pusher(key)`, Laravel Echo's `new Echo({ broadcaster: 'pusher' })`: localStorage `pusherTransportTLS`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['pusher-js', 'laravel-echo'],
  sinks: [{ kind: 'fixed', callee: importedFrom('pusher-js', 'default'), constructs: true, names: [TRANSPORT_CACHE] }, echoSink('pusher'), echoSink('reverb')],
};
