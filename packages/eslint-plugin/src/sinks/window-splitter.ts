import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * @window-splitter/react: `<PanelGroup autosaveId>` keeps the panels' sizes in localStorage under
 * the `autosaveId`, or in a cookie of that name with `autosaveStrategy="cookie"`; without an
 * `autosaveId` nothing is kept.
 */
export const windowSplitter: SinkFamily = {
  id: '@window-splitter/react',
  description: '@window-splitter/react (`<PanelGroup autosaveId>`: localStorage, or a cookie with `autosaveStrategy="cookie"`)',
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@window-splitter/react'],
  sinks: [
    {
      kind: 'element',
      component: importedFrom('@window-splitter/react', 'PanelGroup'),
      nameProp: 'autosaveId',
      storage: { optionKey: 'autosaveStrategy', choices: [{ text: 'localStorage', storage: 'localStorage' }, { text: 'cookie', storage: 'cookie' }] },
    },
  ],
};
