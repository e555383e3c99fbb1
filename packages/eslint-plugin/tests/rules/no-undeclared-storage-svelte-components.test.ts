// Svelte elements of the project's own components whose props name what they store (pocket-id's
// `<AdvancedTable id="users" />` over `` new PersistedState(`table-${id}-preferences`) ``), linted
// with the real svelte-eslint-parser; the components are Svelte 5 files of fixtures/sveltekit-app,
// their props read with `$props()`, and a Svelte 4 file whose props are its `export let`s.
import { RuleTester } from 'eslint';
import svelteParser from 'svelte-eslint-parser';
import rule from '../../src/rules/no-undeclared-storage.js';
import { fixture, POLICY_NAME, SETTINGS, undeclaredStorageKey as undeclared } from '../RuleTester.js';

const tester = new RuleTester({ languageOptions: { parser: svelteParser as never, ecmaVersion: 'latest', sourceType: 'module' }, settings: SETTINGS });
const PAGE = fixture('sveltekit-app', 'src', 'routes', '+page.svelte');
const SIDEBAR = fixture('sveltekit-app', 'src', 'lib', 'components', 'Sidebar.svelte');
const pattern = (line: number, column: number, prefix: string, suffix: string, storage: string) => ({
  messageId: 'undeclaredStoragePattern',
  line,
  column,
  data: { shown: `${prefix}…${suffix}`, pattern: `${prefix}*`, quotedPattern: `'${prefix}*'`, storage, policy: POLICY_NAME, what: `${storage} key`, article: 'A' },
});
const PANE_SPLIT = "<script>\n  import PaneSplit from '$lib/components/PaneSplit.svelte';\n</script>\n";
const IMPORTS = "<script>\n  import TableView from '$lib/components/TableView.svelte';\n  import Sidebar from '$lib/components/Sidebar.svelte';\n  import Drawer from '$lib/components/Drawer.svelte';\n</script>\n";

tester.run('no-undeclared-storage (Svelte components)', rule as never, {
  valid: [
    // a key known only at run time, or left out: the component's own write covers it, reported in its file
    { code: `${IMPORTS}<TableView id={data.id} />\n<Drawer />\n<Drawer persistId={data.key} />`, filename: PAGE },
    // a declared key, given as text
    { code: `${IMPORTS}<Sidebar storageKey="prefs" />`, filename: PAGE },
    // Svelte 4: a declared key, a prop left out (its default is the component's own to report)
    { code: `${PANE_SPLIT}<PaneSplit storageKey="prefs" />\n<PaneSplit initial={300} />`, filename: PAGE },
    // an HTML element, and a component the file does not import from the project
    { code: "<script>\n  import { Table } from 'some-ui';\n</script>\n<div id=\"users\"></div>\n<Table id=\"users\" />", filename: PAGE },
  ],
  invalid: [
    // beside a spread and a directive, which have no key of their own
    {
      code: `${IMPORTS}<TableView {...rest} bind:this={table} id="users" />`,
      filename: PAGE,
      errors: [undeclared(6, 44, 'table-users-preferences', 'localStorage')],
    },
    // text, an expression, the shorthand `{id}`, and text with a tag in it
    {
      code: `${IMPORTS}<TableView id="users" />\n<TableView id={'groups'} />\n<TableView {id} />\n<TableView id="audit-{user.id}" />`,
      filename: PAGE,
      errors: [undeclared(6, 16, 'table-users-preferences', 'localStorage'), undeclared(7, 16, 'table-groups-preferences', 'localStorage'), pattern(9, 16, 'table-audit-', '-preferences', 'localStorage')],
    },
    // a prop naming the whole key; a prop read through `untrack(() => persistId)`
    {
      code: `${IMPORTS}<Sidebar storageKey="sidebar-open:settings" />\n<Drawer persistId="drawer-{project}" />`,
      filename: PAGE,
      errors: [undeclared(6, 22, 'sidebar-open:settings', 'localStorage'), pattern(7, 20, 'drawer-', '', 'sessionStorage')],
    },
    // Svelte 4: the prop an `export let` declares; a parameter of the same name inside it is not the prop
    {
      code: `${PANE_SPLIT}<PaneSplit storageKey="editor-pane" />`,
      filename: PAGE,
      errors: [undeclared(4, 24, 'editor-pane', 'localStorage')],
    },
    // in the component itself: the default its prop falls back to
    {
      code: "<script lang=\"ts\">\n  import { PersistedState } from 'runed';\n  let { storageKey = 'sidebar-open' } = $props();\n  const open = new PersistedState(storageKey, {});\n</script>",
      filename: SIDEBAR,
      errors: [undeclared(4, 35, 'sidebar-open', 'localStorage')],
    },
  ],
});
