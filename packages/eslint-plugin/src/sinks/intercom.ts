import { anyOf, importedFrom } from './shapes.js';
import type { Around, SinkFamily } from './types.js';

// The cookies the remote messenger script (widget.intercom.io) sets for an app: neither package
// writes them itself, so the call or component that configures the messenger is the site.
const COOKIES: readonly Around[] = ['intercom-id-', 'intercom-session-', 'intercom-device-id-'].map((prefix) => ({ prefix, suffix: '' }));

/**
 * Intercom's messenger: `Intercom({ app_id })` of @intercom/messenger-js-sdk and
 * `<IntercomProvider appId>` of react-use-intercom load the messenger script, which keeps
 * `intercom-id-<app_id>`, `intercom-session-<app_id>` and `intercom-device-id-<app_id>`.
 */
export const intercom: SinkFamily = {
  id: 'intercom',
  description: 'Intercom (`Intercom({ app_id })`, `<IntercomProvider appId>`: `intercom-id-<app_id>`, `intercom-session-<app_id>`, `intercom-device-id-<app_id>`, set by its messenger script)',
  browser: true,
  triggers: ['intercom'],
  sinks: [
    { kind: 'call', callee: anyOf([importedFrom('@intercom/messenger-js-sdk', 'default'), importedFrom('@intercom/messenger-js-sdk', 'Intercom')]), name: { argument: 0, objectKey: 'app_id', around: COOKIES } },
    { kind: 'element', component: importedFrom('react-use-intercom', 'IntercomProvider'), nameProp: 'appId', nameAround: COOKIES },
  ],
};
