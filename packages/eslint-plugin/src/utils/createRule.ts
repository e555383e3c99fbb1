import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

/** Extra `meta.docs` fields of this plugin's rules. */
export interface CookieLedgerDocs {
  /** Whether the rule needs type information for every file (none does; options may ask for it). */
  readonly requiresTypeChecking?: boolean;
}

/** The page documenting a rule, in this repository. */
export const getRuleDocsUrl = (name: string): string =>
  `https://github.com/cookie-ledger/cookie-ledger/blob/main/packages/eslint-plugin/docs/rules/${name}.md`;

const createWithDocs = ESLintUtils.RuleCreator<CookieLedgerDocs>(getRuleDocsUrl);

type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Parameters<typeof createWithDocs<Options, MessageIds>>[0];

/**
 * The one rule factory of the plugin: every rule gets its docs URL from its name, and `create`
 * its options over `meta.defaultOptions`. `RuleCreator`'s own `create` deep-clones the defaults
 * (`structuredClone`) for every rule on every file, before the rule can tell that the file has
 * nothing to check; the plugin's options are flat, so a shallow merge gives the same options.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): ReturnType<typeof createWithDocs<Options, MessageIds>> {
  const defaults = (rule.meta.defaultOptions ?? []) as Options;
  // Defaults of empty objects (every rule's `[{}]`) add nothing to options that are given.
  const addNothing = defaults.every((option) => isPlainObject(option) && Object.keys(option).length === 0);
  return {
    ...createWithDocs(rule),
    create: (context: Readonly<TSESLint.RuleContext<MessageIds, Options>>) =>
      rule.create(context, addNothing && context.options.length > 0 ? context.options : withDefaults(defaults, context.options)),
  };
}

// As typescript-eslint's `applyDefault`: an option given replaces its default, an object is merged over it.
function withDefaults<Options extends readonly unknown[]>(defaults: Options, given: Options): Options {
  if (given.length === 0) return defaults;
  return defaults.map((option, at) => {
    const value = given[at];
    if (value === undefined) return option;
    return isPlainObject(option) && isPlainObject(value) ? { ...option, ...value } : value;
  }) as unknown as Options;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
