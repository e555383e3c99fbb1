import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const REACT = '@graphiql/react';

/**
 * GraphiQL 2: `<GraphiQL>` and `<GraphiQLProvider>` keep the editors' tabs, query, variables,
 * headers, theme and pane sizes in localStorage under `graphiql:<key>` (not with a `storage` of
 * the app's own). `useDragResize({ storageKey })` writes through the provider's storage, which
 * the hook's call cannot see (saleor's webhook editor hands it a no-op one): the provider's
 * `graphiql:*` stands for its keys.
 */
export const graphiql: SinkFamily = {
  id: 'graphiql',
  description: 'GraphiQL (`<GraphiQL>`, `<GraphiQLProvider>`: localStorage `graphiql:*`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['graphiql'],
  sinks: [
    { kind: 'element', component: importedFrom(['graphiql', REACT], 'GraphiQLProvider'), defaultPattern: { prefix: 'graphiql:', suffix: '' }, unlessProp: 'storage' },
    { kind: 'element', component: importedFrom('graphiql', 'GraphiQL'), defaultPattern: { prefix: 'graphiql:', suffix: '' }, unlessProp: 'storage' },
    { kind: 'element', component: importedFrom('graphiql', 'default'), defaultPattern: { prefix: 'graphiql:', suffix: '' }, unlessProp: 'storage' },
  ],
};
