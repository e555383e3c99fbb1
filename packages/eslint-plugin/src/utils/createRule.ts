import { ESLintUtils } from '@typescript-eslint/utils';

/** Extra `meta.docs` fields of this plugin's rules. */
export interface CookieLedgerDocs {
  /** Whether the rule needs type information for every file (none does; options may ask for it). */
  readonly requiresTypeChecking?: boolean;
}

/** The page documenting a rule, in this repository. */
export const getRuleDocsUrl = (name: string): string =>
  `https://github.com/cookie-ledger/cookie-ledger/blob/main/packages/eslint-plugin/docs/rules/${name}.md`;

/** The one rule factory of the plugin: every rule gets its docs URL from its name. */
export const createRule = ESLintUtils.RuleCreator<CookieLedgerDocs>(getRuleDocsUrl);
