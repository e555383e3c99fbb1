import { importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * react-ga4: `ReactGA.initialize('G-XXXX')` loads gtag.js, which keeps the client id in `_ga` and
 * the session in `_ga_<measurement id without G->` (reported as `_ga_*`). Its `testMode` (which
 * loads no script) and gtag's `cookie_prefix` are not read.
 */
export const reactGa4: SinkFamily = {
  id: 'react-ga4',
  description: "react-ga4 (`ReactGA.initialize('G-XXXX')`: the `_ga` and `_ga_<container id>` cookies gtag.js sets)",
  browser: true,
  triggers: ['react-ga4'],
  sinks: [{ kind: 'fixed', callee: memberOf(importedFrom('react-ga4', 'default'), 'initialize'), names: ['_ga'], patterns: [{ prefix: '_ga_', suffix: '' }] }],
};
