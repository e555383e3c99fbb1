// `typeAware` (the setting, or the rule option that overrides it): names read from string-literal
// types with type information (the project service on tests/fixtures/tsconfig.json, toolchain.md
// P13); a file without type information is read without types. The once-per-process warning is
// tested end to end (test/eslint-type-aware.test.ts).
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/no-undeclared-cookie.js';
import { createTypedRuleTester, fixture, SETTINGS } from '../RuleTester.js';

const ruleTester = createTypedRuleTester();
const TYPE_AWARE = [{ typeAware: true }] as [{ typeAware?: boolean }];
const TYPE_AWARE_SETTINGS = { 'cookie-ledger': { ...SETTINGS['cookie-ledger'], typeAware: true } };
const undeclared = (line: number, column: number) => ({ messageId: 'undeclaredCookie' as const, line, column });

ruleTester.run('no-undeclared-cookie (typeAware)', rule, {
  valid: [
    { code: "import Cookies from 'js-cookie'; declare const name: 'theme' | 'sessionid'; Cookies.set(name, '1');", options: TYPE_AWARE },
    { code: "import Cookies from 'js-cookie'; declare function measurementCookie(): `_ga_${string}`; Cookies.set(measurementCookie(), '1');", options: TYPE_AWARE },
    // a plain `string` stays unknown: not this rule's business
    { code: "import Cookies from 'js-cookie'; declare const name: string; Cookies.set(name, '1');", options: TYPE_AWARE },
    // without the option, types are not read even when available
    "import Cookies from 'js-cookie'; declare const name: 'tracker'; Cookies.set(name, '1');",
    // the rule option overrides the setting
    { code: "import Cookies from 'js-cookie'; declare const name: 'tracker'; Cookies.set(name, '1');", settings: TYPE_AWARE_SETTINGS, options: [{ typeAware: false }] },
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
    // the plugin-level setting, for every rule at once
    {
      code: "import Cookies from 'js-cookie'; declare const name: 'tracker' | 'theme'; Cookies.set(name, '1');",
      settings: TYPE_AWARE_SETTINGS,
      errors: [undeclared(1, 87)],
    },
    {
      code: "import Cookies from 'js-cookie'; declare function trackerCookie(): `trk_${string}`; Cookies.set(trackerCookie(), '1');",
      options: TYPE_AWARE,
      errors: [{ messageId: 'undeclaredCookiePattern', line: 1, column: 97 }],
    },
  ],
});

describe('typeAware without type information', () => {
  it('reads the file without types instead of stopping ESLint', () => {
    const linter = new Linter({ cwd: fixture() });
    const messages = linter.verify(
      "import Cookies from 'js-cookie'; const name = 'tracker'; Cookies.set(name, '1');",
      [
        {
          files: ['**/*.js'],
          plugins: { 'cookie-ledger': { rules: { 'no-undeclared-cookie': rule as never } } },
          settings: { 'cookie-ledger': { ...SETTINGS['cookie-ledger'], typeAware: true } },
          rules: { 'cookie-ledger/no-undeclared-cookie': 'error' },
        },
      ],
      fixture('file.js'),
    );
    expect(messages.map(({ messageId, line, column }) => ({ messageId, line, column }))).toEqual([{ messageId: 'undeclaredCookie', line: 1, column: 70 }]);
  });
});
