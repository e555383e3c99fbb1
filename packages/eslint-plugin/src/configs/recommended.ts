import type { ESLint, Linter } from 'eslint';
import { findProjectDirectory } from '@cookie-ledger/extract/resolve';
import { getPolicyFingerprint } from '../policy/policyFingerprint.js';
import { SETTINGS_KEY } from '../policy/settings.js';

/** The rules of the `recommended` config and their severities. */
export const recommendedRules: Linter.RulesRecord = {
  'cookie-ledger/no-undeclared-cookie': 'error',
  'cookie-ledger/no-undeclared-storage': 'error',
  'cookie-ledger/cookie-attributes-match': 'error',
  'cookie-ledger/no-unresolved-cookie-name': 'warn',
};

/**
 * The plugin's settings as ESLint's result cache sees them. ESLint (`--cache`, `next lint`) keys
 * cached results on the serialised config of each file; the policy is not part of it, so a
 * changed policy would leave every cached result stale. Serialising the settings adds the
 * policy's fingerprint. ESLint merges a user's `settings['cookie-ledger']` into this object
 * (property by property), so `this` is the merged settings, with the user's `policy`.
 */
const cacheAwareSettings = {
  toJSON(this: Record<string, unknown>): Record<string, unknown> {
    const settings = Object.fromEntries(Object.entries(this).filter(([key]) => key !== 'toJSON'));
    const policy = typeof settings.policy === 'string' ? settings.policy : undefined;
    return { ...settings, policyFingerprint: getPolicyFingerprint(findProjectDirectory(process.cwd()) ?? process.cwd(), policy) };
  },
};

/** Builds the `recommended` flat config around the plugin object (which it registers under `cookie-ledger`). */
export function createRecommendedConfig(plugin: ESLint.Plugin): Linter.Config {
  return {
    name: 'cookie-ledger/recommended',
    plugins: { 'cookie-ledger': plugin },
    rules: recommendedRules,
    settings: { [SETTINGS_KEY]: cacheAwareSettings },
  };
}
