// Problems of the configuration, reported on line 1 of the first file that meets them (a broken
// policy also on every later file, and in its own file at the problem: see below).
import { readFileSync } from 'node:fs';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-undeclared-cookie.js';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
const atFirstLine = (messageId: 'invalidSettings' | 'policyUnreadable' | 'policyNotFound') => ({ messageId, line: 1, column: 1 });
const settings = (value: unknown) => ({ 'cookie-ledger': value });

ruleTester.run('no-undeclared-cookie', rule, {
  // How a broken policy is reported across files and in a long-lived process is tested end to
  // end with the eslint CLI and API (test/eslint-example.test.ts).
  valid: [],
  invalid: [
    { code: 'export {};', settings: settings({ policy: fixture('broken-policy.ts') }), errors: [atFirstLine('policyUnreadable')] },
    { code: 'export {};', settings: settings({ policy: fixture('no-such-policy.ts') }), errors: [atFirstLine('policyNotFound')] },
    // the policy file itself: at the problem, once for the file
    {
      code: readFileSync(fixture('broken-policy.ts'), 'utf8'),
      filename: fixture('broken-policy.ts'),
      settings: settings({ policy: fixture('broken-policy.ts') }),
      errors: [{ messageId: 'policyProblem', line: 6, column: 13 }],
    },
    { code: 'export {};', settings: settings({ policy: 42 }), errors: [atFirstLine('invalidSettings')] },
    { code: 'export {};', settings: settings({ policy: fixture('cookies.ts'), sinks: [{ export: 'setAppCookie' }] }), errors: [atFirstLine('invalidSettings')] },
    {
      code: 'export {};',
      settings: settings({ policy: fixture('cookies.ts'), sinks: [{ module: 'jar', nameArgument: -1, units: { maxAge: 'fortnights' } }] }),
      errors: [atFirstLine('invalidSettings')],
    },
    {
      code: 'export {};',
      settings: settings({ policy: fixture('cookies.ts'), sinks: [{ module: './src/db.ts', export: 'IndexedDBStore', constructs: 'yes' }] }),
      errors: [{ ...atFirstLine('invalidSettings'), data: { problems: "settings['cookie-ledger'].sinks[0].constructs must be true (the export is a class whose `new` writes) or false." } }],
    },
  ],
});

// Without the shared settings: no policy configured, and none at cookies.ts or src/cookies.ts
// under the current directory (the rule tester lints from the file system root).
new RuleTester({ defaultFilenames: { ts: fixture('file.ts'), tsx: fixture('react.tsx') } }).run('no-undeclared-cookie', rule, {
  valid: [],
  invalid: [{ code: 'export {};', errors: [atFirstLine('policyNotFound')] }],
});
