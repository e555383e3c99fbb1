import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * emoji-picker-react: its picker (the default export) keeps the recently used emoji in
 * localStorage under `epr_suggested` when one is picked. Checked in emoji-picker-react 4.18.0.
 */
export const emojiPickerReact: SinkFamily = {
  id: 'emoji-picker-react',
  description: "emoji-picker-react (`<EmojiPicker>`: localStorage `epr_suggested`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['emoji-picker-react'],
  sinks: [{ kind: 'element', component: importedFrom('emoji-picker-react', 'default'), defaultName: 'epr_suggested' }],
};
