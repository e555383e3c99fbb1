import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/tests/fixtures/**', 'test/fixtures/**', '.bench/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // ts-morph takes about a second to load: extract takes its values from project/tsMorph.ts,
    // which loads it on first use (and the way Yarn PnP supports).
    files: ['packages/extract/src/**/*.ts'],
    ignores: ['packages/extract/src/project/tsMorph.ts', 'packages/extract/src/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'ts-morph', message: 'Import its values from project/tsMorph.ts (loaded on first use); types may come from ts-morph.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['docs/examples/*/src/browser/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
