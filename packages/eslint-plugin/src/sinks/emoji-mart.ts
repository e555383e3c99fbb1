import { importedFrom } from './shapes.js';
import type { SinkFamily } from './types.js';

/**
 * emoji-mart 5's React picker: `<Picker>` of `@emoji-mart/react` keeps the recently picked emoji
 * and the skin tone in localStorage under `emoji-mart.frequently`, `emoji-mart.last` and
 * `emoji-mart.skin`, reported together as `emoji-mart.*`.
 */
export const emojiMart: SinkFamily = {
  id: 'emoji-mart',
  description: "emoji-mart's React picker (`<Picker>` of `@emoji-mart/react`: localStorage `emoji-mart.*`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@emoji-mart/react'],
  sinks: [{ kind: 'element', component: importedFrom('@emoji-mart/react', 'default'), defaultPattern: { prefix: 'emoji-mart.', suffix: '' } }],
};
