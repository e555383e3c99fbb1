// Lints the portal with cookie-ledger: every cookie the code sets must be declared in src/cookies.ts.
import cookieLedger from '@cookie-ledger/eslint-plugin';
import tsParser from '@typescript-eslint/parser';

export default [
  { ignores: ['dist/**'] },
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  cookieLedger.configs.recommended,
  // An absolute path, so the policy is found whether ESLint runs here or from the repository root.
  { settings: { 'cookie-ledger': { policy: `${import.meta.dirname}/src/cookies.ts` } } },
];
