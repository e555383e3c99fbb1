import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const FRAPPE_UI = 'frappe-ui';

/**
 * frappe-ui's resources keep their data offline in IndexedDB (idb-keyval's default database) under
 * `JSON.stringify(cache)`: `createResource({ cache })` and `createListResource({ cache })` only
 * when given `cache` (a string is stored as a one-element array), `createDocumentResource({
 * doctype, name })` always, under `[doctype, name]`. Its newer data API does the same:
 * `useCall({ cacheKey })` and `useList({ cacheKey })` under `["useCall", ...cacheKey]` and
 * `["useList", ...cacheKey]`; the documents of `useDoc({ doctype, name })`, and the one
 * `useNewDoc(doctype)` inserts, under `doc:<doctype>/<name>`. Checked in frappe-ui 0.1.278.
 */
export const frappeUi: SinkFamily = {
  id: 'frappe-ui',
  description:
    'frappe-ui resources (`createResource({ cache })`, `createListResource({ cache })`, `createDocumentResource({ doctype, name })`, `useCall({ cacheKey })`, `useList({ cacheKey })`, kept in IndexedDB under the JSON of the key; `useDoc({ doctype })` and `useNewDoc(doctype)` under `doc:<doctype>/<name>`)',
  storage: 'indexedDB',
  noun: 'key',
  browser: true,
  triggers: [FRAPPE_UI],
  sinks: [
    { kind: 'config', callee: importedFrom(FRAPPE_UI, 'createResource'), argument: 0, nameKeys: ['cache'], onlyWithName: true, jsonArrayName: {} },
    { kind: 'config', callee: importedFrom(FRAPPE_UI, 'createListResource'), argument: 0, nameKeys: ['cache'], onlyWithName: true, jsonArrayName: {} },
    { kind: 'config', callee: importedFrom(FRAPPE_UI, 'createDocumentResource'), argument: 0, nameKeys: [], jsonArrayName: { elementKeys: ['doctype', 'name'] } },
    { kind: 'config', callee: importedFrom(FRAPPE_UI, 'useCall'), argument: 0, nameKeys: ['cacheKey'], onlyWithName: true, jsonArrayName: { leading: ['useCall'] } },
    { kind: 'config', callee: importedFrom(FRAPPE_UI, 'useList'), argument: 0, nameKeys: ['cacheKey'], onlyWithName: true, jsonArrayName: { leading: ['useList'] } },
    { kind: 'config', callee: importedFrom(FRAPPE_UI, 'useDoc'), argument: 0, nameKeys: ['doctype'], onlyWithName: true, namePrefix: 'doc:', joinedKeys: { keys: ['doctype', 'name'], separator: '/' } },
    { kind: 'call', callee: importedFrom(FRAPPE_UI, 'useNewDoc'), name: { argument: 0, around: { prefix: 'doc:', suffix: '/', rest: true } } },
  ],
};
