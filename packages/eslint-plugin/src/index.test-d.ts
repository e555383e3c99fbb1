// What a user's typed `eslint.config.ts` does with the plugin: `defineConfig` from `eslint/config`
// and `satisfies Linter.Config[]`, alone and next to typescript-eslint's own configs. Plain
// assignments, as the user's file makes them: a type error here is one a user would get.
import type { ESLint, Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import cookieLedger from './index.js';

describe('the plugin in a typed eslint.config.ts', () => {
  it('is an ESLint.Plugin whose recommended config is a Linter.Config', () => {
    const plugin: ESLint.Plugin = cookieLedger;
    const recommended: Linter.Config = cookieLedger.configs.recommended;
    void [plugin, recommended];
  });

  it('compiles with defineConfig, as a config, in extends, and as a plugin', () => {
    defineConfig([cookieLedger.configs.recommended, { settings: { 'cookie-ledger': { policy: './src/cookies.ts' } } }]);
    defineConfig({ files: ['**/*.ts'], extends: [cookieLedger.configs.recommended] });
    defineConfig({ plugins: { 'cookie-ledger': cookieLedger }, rules: { 'cookie-ledger/no-undeclared-cookie': 'error' } });
  });

  it('compiles with satisfies Linter.Config[]', () => {
    void ([cookieLedger.configs.recommended, { plugins: { cookies: cookieLedger } }] satisfies Linter.Config[]);
  });

  it("compiles next to typescript-eslint's configs", () => {
    defineConfig(...tseslint.configs.recommended, cookieLedger.configs.recommended);
    defineConfig({ extends: [tseslint.configs.recommended, cookieLedger.configs.recommended] });
    void ([...tseslint.configs.recommended, cookieLedger.configs.recommended] satisfies Linter.Config[]);
    tseslint.config(...tseslint.configs.recommended, cookieLedger.configs.recommended, { plugins: { 'cookie-ledger': cookieLedger } });
  });
});
