// eslint-doc-generator: writes the header and options list of docs/rules/*.md and the rules
// table of the package README and of the repository README. `pnpm lint` runs it with --check.
// Config columns are left out: the generator derives the rule prefix `@cookie-ledger` from the
// package name, while the plugin registers itself as `cookie-ledger` (its `meta.namespace`), so
// it would not find the rules of `recommended`; each page states its severity there instead.
/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  pathRuleList: ['README.md', '../../README.md'],
  ruleDocTitleFormat: 'name',
  ruleDocSectionInclude: ['Examples', 'Options', 'When Not To Use It'],
  ruleListColumns: ['name', 'description', 'requiresTypeChecking'],
};

export default config;
