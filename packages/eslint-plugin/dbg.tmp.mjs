import { ESLint } from 'eslint';
import plugin from './dist/index.js';
import * as tsParser from '@typescript-eslint/parser';
const [root, file] = process.argv.slice(2);
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, ignore: false, overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }, plugins: { 'cookie-ledger': plugin }, rules: { 'cookie-ledger/no-undeclared-storage': 'error', 'cookie-ledger/no-undeclared-cookie': 'error', 'cookie-ledger/no-unresolved-cookie-name': 'warn' }, settings: { 'cookie-ledger': { policy: '/work/main/packages/eslint-plugin/tests/fixtures/cookies.ts' } } }] });
const [r] = await eslint.lintFiles([file]);
console.log(r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message.slice(0, 100)}`).join('\n'));
