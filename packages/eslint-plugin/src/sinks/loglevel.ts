import { anyOf, callOf, importedFrom, memberOf } from './shapes.js';
import type { FixedSink, SinkFamily, ValueSpec } from './types.js';

// `import log from 'loglevel'`, `import * as log from 'loglevel'`, `require('loglevel')`.
const defaultLogger = anyOf([importedFrom('loglevel', 'default'), importedFrom('loglevel', '*')]);
const namedLogger = callOf(memberOf(defaultLogger, 'getLogger'));

// `setLevel(level, persist)`, `enableAll(persist)` and `disableAll(persist)` keep the level unless `persist` is `false`.
const levelSetters = (logger: ValueSpec, names: readonly string[], patterns: FixedSink['patterns'] = []): FixedSink[] => [
  { kind: 'fixed', callee: memberOf(logger, 'setLevel'), names, patterns, offWhenArgument: { index: 1, value: false } },
  { kind: 'fixed', callee: anyOf([memberOf(logger, 'enableAll'), memberOf(logger, 'disableAll')]), names, patterns, offWhenArgument: { index: 0, value: false } },
];

/**
 * loglevel (checked in 1.9.2): setting a logger's level keeps it in localStorage under `loglevel`,
 * or `loglevel:<name>` for a logger of `getLogger(name)` (a session cookie of that name where
 * localStorage throws); `setDefaultLevel` keeps nothing.
 */
export const loglevel: SinkFamily = {
  id: 'loglevel',
  description: 'loglevel (`log.setLevel(level)`, `enableAll()`, `disableAll()`: localStorage `loglevel`, `loglevel:<name>` for `getLogger(name)`; not with `persist` `false`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['loglevel'],
  sinks: [...levelSetters(defaultLogger, ['loglevel']), ...levelSetters(namedLogger, [], [{ prefix: 'loglevel:', suffix: '' }])],
};
