import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const FRAPPE_UI = 'frappe-ui';

/**
 * frappe-ui's resources keep their data offline in IndexedDB (idb-keyval's default database) under
 * `JSON.stringify(cache)`: `createResource({ cache })` and `createListResource({ cache })` only
 * when given `cache` (a string is stored as a one-element array), `createDocumentResource({
 * doctype, name })` always, under `[doctype, name]`.
 */
export const frappeUi: SinkFamily = {
  id: 'frappe-ui',
  description: 'frappe-ui resources (`createResource({ cache })`, `createListResource({ cache })`, `createDocumentResource({ doctype, name })`, kept in IndexedDB under the JSON of the key)',
  storage: 'indexedDB',
  noun: 'key',
  browser: true,
  triggers: [FRAPPE_UI],
  sinks: [
    { kind: 'config', callee: importedFrom(FRAPPE_UI, 'createResource'), argument: 0, nameKeys: ['cache'], onlyWithName: true, jsonArrayName: {} },
    { kind: 'config', callee: importedFrom(FRAPPE_UI, 'createListResource'), argument: 0, nameKeys: ['cache'], onlyWithName: true, jsonArrayName: {} },
    { kind: 'config', callee: importedFrom(FRAPPE_UI, 'createDocumentResource'), argument: 0, nameKeys: [], jsonArrayName: { elementKeys: ['doctype', 'name'] } },
  ],
};
