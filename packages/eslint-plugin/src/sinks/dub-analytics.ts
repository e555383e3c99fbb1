import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * Dub's conversion tracking: `<Analytics>` of `@dub/analytics/react` (and `inject()` of
 * `@dub/analytics`) loads Dub's script, which keeps the click id of a Dub link in the first-party
 * cookie `dub_id` (and `dub_partner_data` for partner links; reported as `dub_id`). Checked in
 * @dub/analytics 0.0.32.
 */
export const dubAnalytics: SinkFamily = {
  id: '@dub/analytics',
  description: "Dub Analytics (`<Analytics>` of `@dub/analytics/react`, `inject()`: the cookie `dub_id`)",
  browser: true,
  triggers: ['@dub/analytics'],
  sinks: [
    { kind: 'element', component: importedFrom('@dub/analytics/react', 'Analytics'), defaultName: 'dub_id' },
    { kind: 'fixed', callee: importedFrom('@dub/analytics', 'inject'), names: ['dub_id'] },
  ],
};
