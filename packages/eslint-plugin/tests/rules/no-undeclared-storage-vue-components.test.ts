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
