import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRecommendedConfig } from './configs/recommended.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

const plugin = {
  meta: { name, version, namespace: 'cookie-ledger' },
  rules,
  configs: {} as { recommended: TSESLint.FlatConfig.Config },
};
plugin.configs.recommended = createRecommendedConfig(plugin as unknown as TSESLint.FlatConfig.Plugin);

/**
 * The cookie-ledger ESLint plugin: `rules`, and `configs.recommended` for flat config.
 *
 * @example
 * import cookieLedger from '@cookie-ledger/eslint-plugin';
 * export default [cookieLedger.configs.recommended, { settings: { 'cookie-ledger': { policy: './src/cookies.ts' } } }];
 */
export default plugin;
