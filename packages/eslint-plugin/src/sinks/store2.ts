import { alwaysIn, importedFrom, memberOf } from './shapes.js';
import type { CallSink, SinkFamily, ValueSpec } from './types.js';

const STORE = importedFrom('store2', 'default');
const SESSION = memberOf(STORE, 'session');
// `store.local` is the default store itself, kept "for completeness".
const LOCAL = memberOf(STORE, 'local');

// Each store's writing methods: `set(key, data)`, `add(key, data)` (merges), `transact(key, fn)`.
const methods = (store: ValueSpec, inSession: boolean): CallSink[] =>
  ['set', 'add', 'transact'].map((method) => ({
    kind: 'call',
    callee: memberOf(store, method),
    name: { argument: 0 },
    ...(inSession ? { storage: alwaysIn('sessionStorage') } : {}),
  }));

// Called as a function, a store writes with a key and data (`store('k', v)`) and reads with a key alone.
const shorthand = (store: ValueSpec, inSession: boolean): CallSink => ({
  kind: 'call',
  callee: store,
  name: { argument: 0 },
  minArguments: 2,
  ...(inSession ? { storage: alwaysIn('sessionStorage') } : {}),
});

/**
 * store2: `store.set(key, data)`, `store(key, data)`, `store.add`, `store.transact` write
 * localStorage; the same on `store.session` write sessionStorage. Namespaced stores
 * (`store.namespace('ns')`, keys `ns.<key>`) and `setAll` are not read; `store(key, fn)` (a
 * transaction) is taken as a read.
 */
export const store2: SinkFamily = {
  id: 'store2',
  description: 'store2 (`store.set(key, v)`, `store(key, v)`: localStorage; `store.session.set(key, v)`: sessionStorage)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['store2'],
  sinks: [...methods(STORE, false), ...methods(LOCAL, false), ...methods(SESSION, true), shorthand(STORE, false), shorthand(LOCAL, false), shorthand(SESSION, true)],
};
