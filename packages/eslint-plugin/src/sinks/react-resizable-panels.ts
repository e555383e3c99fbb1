import { WEB_STORAGE_CHOICES, importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

const MODULE = 'react-resizable-panels';
const PREFIX = 'react-resizable-panels:';

/**
 * react-resizable-panels. Up to v3, `<PanelGroup autoSaveId>` keeps its layout in localStorage
 * under `react-resizable-panels:<autoSaveId>` (nothing without `autoSaveId`; a `storage` prop of
 * the app's own stores through it). From v4, `useDefaultLayout({ id, storage })` does (its
 * `panelIds`, which add `:<panel id>` parts, are not read). Versions 0.x named the key
 * `PanelGroup:sizes:<autoSaveId>`: projects asking for one are left out.
 */
export const reactResizablePanels: SinkFamily = {
  id: 'react-resizable-panels',
  description: 'react-resizable-panels (`<PanelGroup autoSaveId>`, `useDefaultLayout({ id })`: localStorage `react-resizable-panels:<id>`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: [MODULE],
  versions: { package: MODULE, majors: [1, 2, 3, 4], assumed: true },
  sinks: [
    { kind: 'element', component: importedFrom(MODULE, 'PanelGroup'), nameProp: 'autoSaveId', nameAround: { prefix: PREFIX, suffix: '' }, unlessProp: 'storage' },
    {
      kind: 'config',
      callee: importedFrom(MODULE, 'useDefaultLayout'),
      argument: 0,
      nameKeys: ['id', 'groupId'],
      namePrefix: PREFIX,
      storage: { optionKey: 'storage', choices: WEB_STORAGE_CHOICES },
    },
  ],
};
