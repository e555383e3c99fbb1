import type { TSESLint } from '@typescript-eslint/utils';

/** The rules of the `recommended` config and their severities. */
export const recommendedRules: TSESLint.FlatConfig.Rules = {
  'cookie-ledger/no-undeclared-cookie': 'error',
  'cookie-ledger/no-undeclared-storage': 'error',
  'cookie-ledger/cookie-attributes-match': 'error',
  'cookie-ledger/no-unresolved-cookie-name': 'warn',
};

/** Builds the `recommended` flat config around the plugin object (which it registers under `cookie-ledger`). */
export function createRecommendedConfig(plugin: TSESLint.FlatConfig.Plugin): TSESLint.FlatConfig.Config {
  return { name: 'cookie-ledger/recommended', plugins: { 'cookie-ledger': plugin }, rules: recommendedRules };
}
