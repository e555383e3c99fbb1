import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * tus-js-client: `new Upload(file, options)` keeps each upload's URL in localStorage under
 * `tus::<fingerprint>::<random id>`, so that it can resume, unless
 * `storeFingerprintForResuming: false` (a custom `urlStorage` keeps it elsewhere; not read).
 */
export const tusJsClient: SinkFamily = {
  id: 'tus-js-client',
  description: 'tus-js-client (`new Upload(file, options)`: localStorage `tus::<fingerprint>::<id>`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['tus-js-client'],
  sinks: [
    {
      kind: 'config',
      callee: importedFrom('tus-js-client', 'Upload'),
      argument: 1,
      constructs: true,
      nameKeys: [],
      defaultPattern: { prefix: 'tus::', suffix: '' },
      offWhen: { key: 'storeFingerprintForResuming', value: false },
    },
  ],
};
