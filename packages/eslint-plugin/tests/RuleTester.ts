import { join, relative } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';

/** The fixtures folder: the test policy, imported constants, and the tsconfig of typed tests. */
export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** The settings every rule test lints with: the fixture policy. */
export const SETTINGS = { 'cookie-ledger': { policy: join(FIXTURES, 'cookies.ts') } };

/** The absolute path of a fixture file, for cases whose file name matters (routes, imports). */
export const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);

/** The fixture policy as messages name it: relative to the current directory. */
export const POLICY_NAME = relative(process.cwd(), fixture('cookies.ts'));

/** The expected `no-undeclared-storage` report of a key the fixture policy does not declare, at a line and column. */
export const undeclaredStorageKey = (line: number, column: number, name: string, storage: string) => ({
  messageId: 'undeclaredStorage' as const,
  line,
  column,
  data: { name, quoted: `'${name}'`, storage, policy: POLICY_NAME, what: `${storage} key` },
});

/** A tester with the typescript-eslint parser and no type information; cases are linted as `fixtures/file.ts`. */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    settings: SETTINGS,
    defaultFilenames: { ts: fixture('file.ts'), tsx: fixture('react.tsx') },
  });
}

/** A tester with type information: the project service on the fixtures' tsconfig (toolchain.md P13). */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    settings: SETTINGS,
    defaultFilenames: { ts: fixture('file.ts'), tsx: fixture('react.tsx') },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: FIXTURES } },
  });
}
