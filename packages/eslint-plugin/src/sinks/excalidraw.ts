import { importedFrom } from './shapes.js';
import type { ElementSink, SinkFamily } from './types.js';

// The editor's own dialogs keep their input in localStorage (EditorLocalStorage, EDITOR_LS_KEYS).
const NAMES = ['mermaid-to-excalidraw', 'publish-library-data'];

/**
 * @excalidraw/excalidraw (checked in 0.18.0): the `<Excalidraw>` editor keeps the text of its
 * Mermaid-to-Excalidraw dialog under `mermaid-to-excalidraw` and the Publish Library form under
 * `publish-library-data` in localStorage, written when those dialogs are used.
 */
export const excalidraw: SinkFamily = {
  id: '@excalidraw/excalidraw',
  description: "Excalidraw (`<Excalidraw>`: localStorage `mermaid-to-excalidraw`, `publish-library-data`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@excalidraw/excalidraw'],
  sinks: NAMES.map((name): ElementSink => ({ kind: 'element', component: importedFrom('@excalidraw/excalidraw', 'Excalidraw'), defaultName: name })),
};
