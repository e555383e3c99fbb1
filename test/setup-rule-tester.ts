// Hooks both rule testers (typescript-eslint's and ESLint's) into vitest, which runs without
// globals (toolchain.md P12): failures then show up as ordinary vitest failures.
import { RuleTester as TypeScriptRuleTester } from '@typescript-eslint/rule-tester';
import { RuleTester as ESLintRuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';

TypeScriptRuleTester.afterAll = afterAll;
TypeScriptRuleTester.describe = describe;
TypeScriptRuleTester.it = it;
TypeScriptRuleTester.itOnly = it.only;
TypeScriptRuleTester.itSkip = it.skip;
TypeScriptRuleTester.describeSkip = describe.skip;

const eslintTester = ESLintRuleTester as unknown as { describe: unknown; it: unknown; itOnly: unknown };
eslintTester.describe = describe;
eslintTester.it = it;
eslintTester.itOnly = it.only;
