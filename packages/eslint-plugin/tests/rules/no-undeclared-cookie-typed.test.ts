// The `typeAware` option: names read from string-literal types with type information
// (the project service on tests/fixtures/tsconfig.json, toolchain.md P13).
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-undeclared-cookie.js';
import { createTypedRuleTester, fixture, SETTINGS } from '../RuleTester.js';

const ruleTester = createTypedRuleTester();
const TYPE_AWARE = [{ typeAware: true }] as [{ typeAware: boolean }];
const undeclared = (line: number, column: number) => ({ messageId: 'undeclaredCookie' as const, line, column });

ruleTester.run('no-undeclared-cookie (typeAware)', rule, {
  valid: [
    { code: "import Cookies from 'js-cookie'; declare const name: 'theme' | 'sessionid'; Cookies.set(name, '1');", options: TYPE_AWARE },
    { code: "import Cookies from 'js-cookie'; declare function measurementCookie(): `_ga_${string}`; Cookies.set(measurementCookie(), '1');", options: TYPE_AWARE },
    // a plain `string` stays unknown: not this rule's business
    { code: "import Cookies from 'js-cookie'; declare const name: string; Cookies.set(name, '1');", options: TYPE_AWARE },
    // without the option, types are not read even when available
    "import Cookies from 'js-cookie'; declare const name: 'tracker'; Cookies.set(name, '1');",
  ],
  invalid: [
    {
      code: "import Cookies from 'js-cookie'; declare const name: 'tracker' | 'theme'; Cookies.set(name, '1');",
      options: TYPE_AWARE,
      errors: [undeclared(1, 87)],
    },
    {
      code: "import Cookies from 'js-cookie'; function remember<N extends 'tracker'>(name: N) { Cookies.set(name, '1'); }",
      options: TYPE_AWARE,
      errors: [undeclared(1, 96)],
    },
    {
      code: "import Cookies from 'js-cookie'; declare function trackerCookie(): `trk_${string}`; Cookies.set(trackerCookie(), '1');",
      options: TYPE_AWARE,
      errors: [{ messageId: 'undeclaredCookiePattern', line: 1, column: 97 }],
    },
  ],
});

describe('typeAware without type information', () => {
  it('fails with typescript-eslint\'s explanation instead of silently reading no types', () => {
    const linter = new Linter({ cwd: fixture() });
    const lint = () =>
      linter.verify(
        "import Cookies from 'js-cookie'; Cookies.set(name, '1');",
        [
          {
            files: ['**/*.js'],
            plugins: { 'cookie-ledger': { rules: { 'no-undeclared-cookie': rule as never } } },
            settings: SETTINGS,
            rules: { 'cookie-ledger/no-undeclared-cookie': ['error', { typeAware: true }] },
          },
        ],
        fixture('file.js'),
      );
    expect(lint).toThrow(/parserOptions\.project|type information|parserServices/i);
  });
});
