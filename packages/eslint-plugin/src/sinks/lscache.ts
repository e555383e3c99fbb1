import { importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const SET = memberOf(importedFrom('lscache', 'default'), 'set');

/**
 * lscache: `lscache.set(key, value)` writes localStorage `lscache-<key>`; given a lifetime
 * (`lscache.set(key, value, minutes)`) it also writes the expiry beside it, `lscache-<key>-cacheexpiration`.
 * A bucket set with `lscache.setBucket(bucket)` goes between the prefix and the key at run time and
 * is not read. Checked in lscache 1.3.2.
 */
export const lscache: SinkFamily = {
  id: 'lscache',
  description: 'lscache (`lscache.set(key, v, minutes)`: localStorage `lscache-<key>`, and `lscache-<key>-cacheexpiration` when a lifetime is given)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['lscache'],
  sinks: [
    { kind: 'call', callee: SET, name: { argument: 0, around: { prefix: 'lscache-', suffix: '' } } },
    { kind: 'call', callee: SET, name: { argument: 0, around: { prefix: 'lscache-', suffix: '-cacheexpiration' } }, minArguments: 3 },
  ],
};
