// A helper whose name comes from its parameter is checked at its callers; one that nothing in the
// project calls where the rules can see (an unused export, a function only handed around) is
// checked where it writes, so that its write is not lost. Each case lints a file of a project
// made in a temporary folder, whose other files are the callers (or not).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rule from '../../src/rules/no-unresolved-cookie-name.js';
import { createRuleTester } from '../RuleTester.js';

const project = mkdtempSync(join(tmpdir(), 'cookie-ledger-uncalled-'));
mkdirSync(join(project, 'src'));
writeFileSync(join(project, 'package.json'), '{ "name": "uncalled", "private": true }\n');
writeFileSync(join(project, 'src', 'page.ts'), "import { rememberDraft } from './helpers';\nrememberDraft(location.hash);\n");
writeFileSync(join(project, 'src', 'barrel.ts'), "export { storePanelWidth as storeWidth } from './panels';\n");
writeFileSync(join(project, 'src', 'layout.ts'), "import { storeWidth } from './barrel';\nstoreWidth(String(innerWidth));\n");
// another table's options define a callback of the same name: a definition, not a call (Dependency-Track's views)
// a table component calling whatever callback of that name its options hold
writeFileSync(join(project, 'src', 'pagedTable.ts'), "export const wrapOptions = (user: { onColumnSwitch(field: string): void }) => ({ onColumnSwitch: (field: string) => user.onColumnSwitch(field) });\n");
writeFileSync(join(project, 'src', 'otherTable.ts'), "export const otherOptions = {\n  onColumnToggle: (field: string) => console.log(field),\n};\n");
const file = (name: string) => join(project, 'src', name);

const ruleTester = createRuleTester();

ruleTester.run('no-unresolved-cookie-name (helpers without callers)', rule, {
  valid: [
    // called elsewhere in the project: its callers are checked (page.ts passes a run-time name)
    { code: "export function rememberDraft(key: string) { localStorage.setItem(key, '1'); }", filename: file('helpers.ts') },
    // ... also under the name a barrel re-exports it with
    { code: "export const storePanelWidth = (key: string) => localStorage.setItem(`width:${key}`, '1');", filename: file('panels.ts') },
    // called in its own file
    { code: "function saveFlag(key: string) { sessionStorage.setItem(key, '1'); }\nsaveFlag('intro');", filename: file('flags.ts') },
  ],
  invalid: [
    // exported, and called nowhere: the write is checked where it is made
    {
      code: "export function keepUnusedDraft(key: string) {\n  localStorage.setItem(key, '1');\n}",
      filename: file('unused.ts'),
      errors: [{ messageId: 'unresolvedName', line: 2, column: 24 }],
    },
    // a callback a library calls (bootstrap-table's onColumnSwitch), whose name other files only define as their own callback
    {
      code: "export const tableOptions = {\n  onColumnToggle: (field: string) => { localStorage.setItem(field, '1'); },\n};",
      filename: file('table.ts'),
      errors: [{ messageId: 'unresolvedName', line: 2, column: 61 }],
    },
    // ... also when another module calls a callback of that name on options it was handed: a function in
    // the state a Vue Options API component's data() returns is the component's own
    {
      code: "export default {\n  data() {\n    return { options: { onColumnSwitch: (field: string) => { localStorage.setItem(field, '1'); } } };\n  },\n};",
      filename: file('Audit.ts'),
      errors: [{ messageId: 'unresolvedName', line: 3, column: 83 }],
    },
    // a method nothing names elsewhere
    {
      code: "export const drafts = {\n  stashDraftNowhere(key: string) { sessionStorage.setItem(key, '1'); },\n};",
      filename: file('drafts.ts'),
      errors: [{ messageId: 'unresolvedName', line: 2, column: 59 }],
    },
  ],
});
