import { anyValue, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const GA_NAMES = { names: ['_ga'], patterns: [{ prefix: '_ga_', suffix: '' }] } as const;

/**
 * vue-gtag: installed as a Vue plugin (`app.use(VueGtag, { config: { id } })`, `Vue.use(VueGtag, ...)`
 * in versions 1 and 2) or started with `configure({ tagId })` / `createGtag({ tagId })` (version 3),
 * it loads gtag.js, which keeps the client id in `_ga` and the session in `_ga_<measurement id
 * without G->` (reported as `_ga_*`). `enabled: false`, version 3's `initMode: 'manual'` (nothing
 * loads until `addGtag()`) and gtag's `cookie_prefix` are not read.
 */
export const vueGtag: SinkFamily = {
  id: 'vue-gtag',
  description: "vue-gtag (`app.use(VueGtag, { config: { id } })`, `configure({ tagId })`, `createGtag({ tagId })`: the `_ga` and `_ga_<container id>` cookies gtag.js sets)",
  browser: true,
  triggers: ['vue-gtag'],
  sinks: [
    { kind: 'fixed', callee: memberOf(anyValue, 'use'), withArgument: importedFrom('vue-gtag', 'default'), ...GA_NAMES },
    { kind: 'fixed', callee: importedFrom('vue-gtag', 'configure'), ...GA_NAMES },
    { kind: 'fixed', callee: importedFrom('vue-gtag', 'createGtag'), ...GA_NAMES },
  ],
};
