import { anyOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULE = 'react-ga';

/**
 * react-ga (Universal Analytics): `ReactGA.initialize('UA-XXXX')` loads analytics.js and creates
 * its tracker, which keeps the client id in `_ga`, the session in `_gid` and throttles hits with
 * `_gat`. Its `testMode` and `standardImplementation` (which load no script of their own) and
 * analytics.js's `cookieName` are not read.
 */
export const reactGa: SinkFamily = {
  id: 'react-ga',
  description: "react-ga (`ReactGA.initialize('UA-XXXX')`: the `_ga`, `_gid` and `_gat` cookies analytics.js sets)",
  browser: true,
  triggers: ['react-ga'],
  sinks: [
    {
      kind: 'fixed',
      callee: anyOf([memberOf(importedFrom(MODULE, 'default'), 'initialize'), importedFrom(MODULE, 'initialize')]),
      names: ['_ga', '_gid', '_gat'],
    },
  ],
};
