import { EMOJI_MART_STORED } from './emoji-mart.js';
import { getPersistentScopePrefix } from './nextcloud-browser-storage.js';
import { anyOf, importedFrom } from './shapes.js';
import type { ElementSink, SinkFamily, ValueSpec } from './types.js';

// Checked in @nextcloud/vue 7.12.8, 8.39.0 and 9.13.0: NcAvatar's setUserHasAvatar(user) keeps
// whether a user has an avatar, once its image loads or fails, through @nextcloud/browser-storage's
// `getBuilder('nextcloud').persist().build()`. `isNoUser` stops it; without a user there is nothing to store.
const AVATAR_FLAG = { prefix: `${getPersistentScopePrefix('nextcloud')}user-has-avatar.`, suffix: '' };

// A component as each major exports it: `import { NcAvatar } from '@nextcloud/vue'`, or its own entry.
const component = (name: string): ValueSpec =>
  anyOf([importedFrom('@nextcloud/vue', name), importedFrom([`@nextcloud/vue/components/${name}`, `@nextcloud/vue/dist/Components/${name}.js`, `@nextcloud/vue/dist/Components/${name}`], 'default')]);

// NcUserBubble and NcListItemIcon hand their user to the NcAvatar they render.
const avatarOf = (name: string): ElementSink => ({ kind: 'element', component: component(name), nameProp: 'user', nameAround: AVATAR_FLAG, offWhen: { key: 'isNoUser', value: true } });

/**
 * @nextcloud/vue's avatars: `<NcAvatar :user="uid">`, and `<NcUserBubble>` and `<NcListItemIcon>`
 * that render one, store `nextcloud_per_bmV4dGNsb3Vk_user-has-avatar.<user>` in localStorage. Its
 * emoji choosers keep the recent emoji through emoji-mart-vue-fast (`emoji-mart.*`):
 * `<NcEmojiPicker>`, and the `:` completion of `<NcRichContenteditable>` unless `emojiAutocomplete` is off.
 */
export const nextcloudVue: SinkFamily = {
  id: '@nextcloud/vue',
  description:
    "@nextcloud/vue's avatars (`<NcAvatar :user>`, `<NcUserBubble :user>`, `<NcListItemIcon :user>`: localStorage `nextcloud_per_bmV4dGNsb3Vk_user-has-avatar.<user>`) and emoji choosers (`<NcEmojiPicker>`, `<NcRichContenteditable>`: `emoji-mart.*`)",
  storage: 'localStorage',
  noun: 'key',
  browser: true,
  triggers: ['@nextcloud/vue'],
  sinks: [
    avatarOf('NcAvatar'),
    avatarOf('NcUserBubble'),
    avatarOf('NcListItemIcon'),
    { kind: 'element', component: component('NcEmojiPicker'), defaultPattern: EMOJI_MART_STORED },
    { kind: 'element', component: component('NcRichContenteditable'), defaultPattern: EMOJI_MART_STORED, offWhen: { key: 'emojiAutocomplete', value: false } },
  ],
};
