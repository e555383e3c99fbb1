import { anyOf, globalValue, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

/** What emoji-mart and emoji-mart-vue-fast keep: `emoji-mart.frequently`, `emoji-mart.last`, `emoji-mart.skin`. */
export const EMOJI_MART_STORED = { prefix: 'emoji-mart.', suffix: '' };

/**
 * emoji-mart 5's picker: `<Picker>` of `@emoji-mart/react`, and `new Picker(options)` of
 * `emoji-mart` itself (the custom element the React one renders), keep the recently picked emoji
 * and the skin tone in localStorage under `emoji-mart.frequently`, `emoji-mart.last` and
 * `emoji-mart.skin`, reported together as `emoji-mart.*`. Checked in emoji-mart 5.6.0. Its browser
 * build, loaded by a `<script>` tag, is the global `EmojiMart` (`new EmojiMart.Picker(options)`).
 * emoji-mart-vue-fast's `<Picker>` (checked in 15.0.5) keeps them under the same keys when an emoji
 * is picked, unless the app hands its store other handlers (`setHandlers`), which is not followed.
 */
export const emojiMart: SinkFamily = {
  id: 'emoji-mart',
  description: "emoji-mart's picker (`<Picker>` of `@emoji-mart/react` and of `emoji-mart-vue-fast`, `new Picker()` of `emoji-mart`, `new EmojiMart.Picker()` of its browser build: localStorage `emoji-mart.*`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['emoji-mart', 'EmojiMart'],
  sinks: [
    { kind: 'element', component: importedFrom('@emoji-mart/react', 'default'), defaultPattern: EMOJI_MART_STORED },
    { kind: 'element', component: importedFrom(['emoji-mart-vue-fast', 'emoji-mart-vue-fast/src', 'emoji-mart-vue-fast/src/index.js'], 'Picker'), defaultPattern: EMOJI_MART_STORED },
    { kind: 'config', callee: anyOf([importedFrom('emoji-mart', 'Picker'), memberOf(globalValue('EmojiMart'), 'Picker')]), argument: 0, constructs: true, nameKeys: [], defaultPattern: EMOJI_MART_STORED },
  ],
};
