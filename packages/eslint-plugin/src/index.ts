import { createRequire } from 'node:module';
import type { ESLint, Linter, Rule } from 'eslint';
import { createRecommendedConfig } from './configs/recommended.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/**
 * The plugin object, typed with ESLint's own types (not typescript-eslint's `FlatConfig`), so a
 * typed `eslint.config.ts` (`defineConfig` from `eslint/config`, `satisfies Linter.Config[]`)
 * compiles with it, next to typescript-eslint's configs.
 */
interface CookieLedgerPlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: string };
  readonly rules: { readonly [name in keyof typeof rules]: Rule.RuleModule };
  readonly configs: { readonly recommended: Linter.Config };
}

const configs: { recommended: Linter.Config } = { recommended: {} };
const plugin: CookieLedgerPlugin = {
  meta: { name, version, namespace: 'cookie-ledger' },
  // The same objects at run time: typescript-eslint types a rule's context more narrowly than ESLint.
  rules: rules as unknown as CookieLedgerPlugin['rules'],
  configs,
};
// The config registers the plugin itself, so it is built once the plugin object exists.
configs.recommended = createRecommendedConfig(plugin);

/**
 * The cookie-ledger ESLint plugin: `rules`, and `configs.recommended` for flat config.
 *
 * @example
 * import cookieLedger from '@cookie-ledger/eslint-plugin';
 * export default [cookieLedger.configs.recommended, { settings: { 'cookie-ledger': { policy: './src/cookies.ts' } } }];
 */
export default plugin;
