// eslint-doc-generator: writes the header and options list of docs/rules/*.md and the rules
// table of the package README and of the repository README. `pnpm lint` runs it with --check.
// Config columns are left out: the generator derives the rule prefix `@cookie-ledger` from the
// package name, while the plugin registers itself as `cookie-ledger` (its `meta.namespace`), so
// it would not find the rules of `recommended`; each page states its severity there instead.
import { getRuleDocsUrl } from './dist/utils/createRule.js';

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  pathRuleList: ['README.md', '../../README.md'],
  ruleDocTitleFormat: 'name',
  ruleDocSectionInclude: ['Examples', 'Options', 'When Not To Use It'],
  ruleListColumns: ['name', 'description', 'requiresTypeChecking'],
  // The package README is read on the npm registry, where relative links lead nowhere: it links
  // each rule to its page in the repository (the rule's meta.docs.url). The repository README
  // keeps relative links.
  urlRuleDoc: (name, page) => (page === 'README.md' ? getRuleDocsUrl(name) : undefined),
};

export default config;
