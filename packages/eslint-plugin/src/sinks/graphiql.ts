import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const REACT = '@graphiql/react';

/**
 * GraphiQL 2: `<GraphiQL>` and `<GraphiQLProvider>` keep the editors' tabs, query, variables,
 * headers and theme in localStorage under `graphiql:<key>` (not with a `storage` of the app's
 * own); `useDragResize({ storageKey })` keeps a pane's size under `graphiql:<storageKey>`.
 */
export const graphiql: SinkFamily = {
  id: 'graphiql',
  description: 'GraphiQL (`<GraphiQL>`, `<GraphiQLProvider>`: localStorage `graphiql:*`; `useDragResize({ storageKey })`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['graphiql'],
  sinks: [
    { kind: 'element', component: importedFrom(['graphiql', REACT], 'GraphiQLProvider'), defaultPattern: { prefix: 'graphiql:', suffix: '' }, unlessProp: 'storage' },
    { kind: 'element', component: importedFrom('graphiql', 'GraphiQL'), defaultPattern: { prefix: 'graphiql:', suffix: '' }, unlessProp: 'storage' },
    { kind: 'element', component: importedFrom('graphiql', 'default'), defaultPattern: { prefix: 'graphiql:', suffix: '' }, unlessProp: 'storage' },
    { kind: 'config', callee: importedFrom(REACT, 'useDragResize'), argument: 0, nameKeys: ['storageKey'], namePrefix: 'graphiql:', onlyWithName: true },
  ],
};
