// Vue template elements of the project's own components whose props name what they store
// (1Panel's `<ComplexTable :pagination-config="paginationConfig" />`), linted with the real
// vue-eslint-parser; the components are files of fixtures/vue-app (a Vue CLI app), one registered
// globally, one written with the Options API; a mixin in fixtures/vue-app/src/mixins.
import { RuleTester } from 'eslint';
import vueParser from 'vue-eslint-parser';
import rule from '../../src/rules/no-undeclared-storage.js';
import { fixture, SETTINGS, undeclaredStorageKey as undeclared } from '../RuleTester.js';

const tester = new RuleTester({ languageOptions: { parser: vueParser as never, ecmaVersion: 'latest', sourceType: 'module' }, settings: SETTINGS });
const PAGE = fixture('vue-app', 'src', 'views', 'Page.vue');
const SETUP = "<script setup>\nimport { reactive } from 'vue';\nconst paginationConfig = reactive({ cacheSizeKey: 'KEY', pageSize: 10 });\n</script>\n";

tester.run('no-undeclared-storage (Vue components)', rule as never, {
  valid: [
    // the key the element's object gives is declared
    { code: `${SETUP.replace('KEY', 'prefs')}<template>\n  <ComplexTable :pagination-config="paginationConfig" />\n</template>`, filename: PAGE },
    // a key known only at run time, or left out: the component's own write covers it, reported in its file
    { code: "<script setup>\nimport PageSize from '../components/PageSize.vue';\nconst props = defineProps(['id']);\n</script>\n<template>\n  <PageSize :storage-key=\"props.id\" />\n  <PageSize />\n</template>", filename: PAGE },
    // an element of an HTML tag or of a component that stores nothing
    { code: '<template>\n  <div storage-key="tracker"><el-button storage-key="tracker" /></div>\n</template>', filename: PAGE },
  ],
  invalid: [
    // a component the app registers globally (`app.component(ComplexTable.name, ComplexTable)`), by either tag spelling,
    // its prop an object made with Vue's `reactive`
    {
      code: `${SETUP.replace('KEY', 'tracker')}<template>\n  <ComplexTable :pagination-config="paginationConfig" />\n  <complex-table :pagination-config="{ cacheSizeKey: 'tracker2' }" />\n</template>`,
      filename: PAGE,
      errors: [undeclared(6, 37, 'tracker', 'localStorage'), undeclared(7, 38, 'tracker2', 'localStorage')],
    },
    // a component handed on by a barrel (`export { default as PageSize } from './PageSize.vue'`); a prop given only at run time adds nothing
    {
      code: "<script setup>\nimport { PageSize } from '../components/barrel';\n</script>\n<template>\n  <PageSize storage-key=\"tracker\" />\n  <PageSize :storage-key=\"route.params.id\" />\n</template>",
      filename: PAGE,
      errors: [undeclared(5, 25, 'tracker', 'sessionStorage')],
    },
    // a method an Options API component takes from a mixin (memories' `mixins: [UserConfig]`), called from its own
    // methods and from a hook; the name is the one the call gives
    {
      code: "<script>\nimport UserConfig from '@/mixins/UserConfig';\nexport default {\n  mixins: [UserConfig],\n  mounted() { this.updateSetting('theme'); },\n  methods: {\n    save() { this.updateSetting('timeline_path'); },\n  },\n};\n</script>",
      filename: PAGE,
      errors: [undeclared(5, 34, 'settings_theme', 'localStorage'), undeclared(7, 33, 'settings_timeline_path', 'localStorage')],
    },
    // an Options API component reading its prop as `this.name`, imported through Vue CLI's `@/` (src/), which no config declares
    {
      code: "<script>\nimport SettingToggle from '@/components/SettingToggle.vue';\nexport default { components: { SettingToggle } };\n</script>\n<template>\n  <SettingToggle name=\"tracker\" />\n</template>",
      filename: PAGE,
      errors: [undeclared(6, 23, 'tracker', 'localStorage')],
    },
    // a component imported where it is used, given the key as text or as a constant; its `withDefaults(defineProps())`
    {
      code: "<script setup>\nimport PageSize from '../components/PageSize.vue';\nconst KEY = 'tracker2';\n</script>\n<template>\n  <page-size storage-key=\"tracker\" />\n  <PageSize :storage-key=\"KEY\" />\n</template>",
      filename: PAGE,
      errors: [undeclared(6, 26, 'tracker', 'sessionStorage'), undeclared(7, 27, 'tracker2', 'sessionStorage')],
    },
  ],
});

// Catalogued library components in a Vue template, as in JSX: @nextcloud/vue's avatars (nextcloud/deck's
// `<NcAvatar :user="board.owner.uid">`) store `user-has-avatar.<user>` through @nextcloud/browser-storage.
const AVATAR = 'nextcloud_per_bmV4dGNsb3Vk_user-has-avatar.';
const OPTIONS = (imports: string, components: string) => `<script>\n${imports}\nexport default { components: { ${components} } };\n</script>\n`;

tester.run('no-undeclared-storage (library components in Vue templates)', rule as never, {
  valid: [
    // told the user is a group (isNoUser), bare or bound to true; or given no user at all
    {
      code: `${OPTIONS("import { NcAvatar } from '@nextcloud/vue';", 'NcAvatar')}<template>\n  <div>\n    <NcAvatar :user="group.id" :is-no-user="true" />\n    <NcAvatar user="admins" is-no-user />\n    <NcAvatar display-name="Guest" />\n  </div>\n</template>`,
      filename: PAGE,
    },
    // a tag of the same name that is not the library's: the app's own NcAvatar stores nothing
    { code: "<script setup>\nimport NcAvatar from '../components/Avatar.vue';\n</script>\n<template>\n  <NcAvatar user=\"admin\" />\n</template>", filename: PAGE },
  ],
  invalid: [
    // imported by name and listed in `components`, by either tag spelling; the user as text or known only at run time
    {
      code: `${OPTIONS("import { NcAvatar } from '@nextcloud/vue';", 'NcAvatar')}<template>\n  <div>\n    <NcAvatar :user="board.owner.uid" :is-no-user="board.type !== 0" />\n    <nc-avatar user="admin" />\n  </div>\n</template>`,
      filename: PAGE,
      errors: [
        { messageId: 'undeclaredStoragePattern' as const, line: 7, column: 22 },
        undeclared(8, 16, `${AVATAR}admin`, 'localStorage'),
      ],
    },
    // a component's own entry (`@nextcloud/vue/dist/Components/NcUserBubble.js`), registered under another name
    {
      code: `${OPTIONS("import NcUserBubble from '@nextcloud/vue/dist/Components/NcUserBubble.js';", 'Bubble: NcUserBubble')}<template>\n  <Bubble user="admin" display-name="Admin" />\n</template>`,
      filename: PAGE,
      errors: [undeclared(6, 11, `${AVATAR}admin`, 'localStorage')],
    },
    // the `:` emoji completion of NcRichContenteditable keeps the recent emoji through emoji-mart-vue-fast, unless turned off;
    // so does emoji-mart-vue-fast's own picker
    {
      code: `${OPTIONS("import { NcRichContenteditable } from '@nextcloud/vue';\nimport { Picker } from 'emoji-mart-vue-fast';", 'NcRichContenteditable, Picker')}<template>\n  <div>\n    <NcRichContenteditable v-model="message" />\n    <NcRichContenteditable v-model="message" :emoji-autocomplete="false" />\n    <Picker :data="index" />\n  </div>\n</template>`,
      filename: PAGE,
      errors: [
        { messageId: 'undeclaredStoragePattern' as const, line: 8, column: 5 },
        { messageId: 'undeclaredStoragePattern' as const, line: 10, column: 5 },
      ],
    },
    // `<script setup>` importing Nextcloud Vue 9's `@nextcloud/vue/components/NcListItemIcon`
    {
      code: "<script setup>\nimport NcListItemIcon from '@nextcloud/vue/components/NcListItemIcon';\nconst USER = 'admin';\n</script>\n<template>\n  <NcListItemIcon :user=\"USER\" name=\"Admin\" />\n</template>",
      filename: PAGE,
      errors: [undeclared(6, 26, `${AVATAR}admin`, 'localStorage')],
    },
  ],
});
