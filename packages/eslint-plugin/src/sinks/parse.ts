import { anyOf, globalValue, importedFrom, memberOf } from './shapes.js';
import type { Around, SinkFamily } from './types.js';

// Storage.generatePath: `Parse/<applicationId>/<path>`; the user on logIn/become, the installation id on the first request.
const KEYS: readonly Around[] = ['currentUser', 'currentInstallationId'].map((path) => ({ prefix: 'Parse/', suffix: `/${path}` }));

/**
 * The Parse JavaScript SDK in the browser (checked in parse 8.6.0): after
 * `Parse.initialize(applicationId)` its browser storage controller keeps the signed-in user under
 * `Parse/<applicationId>/currentUser` and the installation id under
 * `Parse/<applicationId>/currentInstallationId` in localStorage. The call that names the
 * application is the site (`parse/node` keeps nothing in the browser and is not matched).
 */
export const parseSdk: SinkFamily = {
  id: 'parse',
  description: 'Parse SDK (`Parse.initialize(appId)`: localStorage `Parse/<appId>/currentUser`, `Parse/<appId>/currentInstallationId`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  // Not `parse`: every `JSON.parse` would pass the pre-test.
  triggers: ['Parse.initialize'],
  sinks: [
    {
      kind: 'call',
      callee: memberOf(anyOf([importedFrom('parse', 'default'), importedFrom('parse/dist/parse', 'default'), importedFrom('parse/dist/parse.min.js', 'default'), globalValue('Parse')]), 'initialize'),
      name: { argument: 0, around: KEYS },
    },
  ],
};
