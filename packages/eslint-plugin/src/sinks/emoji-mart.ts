import { anyOf, globalValue, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const STORED = { prefix: 'emoji-mart.', suffix: '' };

/**
 * emoji-mart 5's picker: `<Picker>` of `@emoji-mart/react`, and `new Picker(options)` of
 * `emoji-mart` itself (the custom element the React one renders), keep the recently picked emoji
 * and the skin tone in localStorage under `emoji-mart.frequently`, `emoji-mart.last` and
 * `emoji-mart.skin`, reported together as `emoji-mart.*`. Checked in emoji-mart 5.6.0. Its browser
 * build, loaded by a `<script>` tag, is the global `EmojiMart` (`new EmojiMart.Picker(options)`).
 */
export const emojiMart: SinkFamily = {
  id: 'emoji-mart',
  description: "emoji-mart's picker (`<Picker>` of `@emoji-mart/react`, `new Picker()` of `emoji-mart`, `new EmojiMart.Picker()` of its browser build: localStorage `emoji-mart.*`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['emoji-mart', 'EmojiMart'],
  sinks: [
    { kind: 'element', component: importedFrom('@emoji-mart/react', 'default'), defaultPattern: STORED },
    { kind: 'config', callee: anyOf([importedFrom('emoji-mart', 'Picker'), memberOf(globalValue('EmojiMart'), 'Picker')]), argument: 0, constructs: true, nameKeys: [], defaultPattern: STORED },
  ],
};
