// Names imported the ways applications import them besides relative paths: tsconfig `paths`
// aliases (through `extends`, as Next.js sets up `@/`) and the project's own workspace packages
// (linked into node_modules, read from their source when their build is absent).
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import rule from '../../src/rules/no-undeclared-cookie.js';
import { createRuleTester, fixture } from '../RuleTester.js';

// A workspace links its packages into node_modules (which git does not keep): made here.
const LINK = fixture('aliases', 'node_modules', '@acme', 'shared');
beforeAll(() => {
  rmSync(LINK, { force: true, recursive: true });
  mkdirSync(dirname(LINK), { recursive: true });
  symlinkSync(fixture('workspace', 'shared'), LINK, 'dir');
});
afterAll(() => rmSync(fixture('aliases', 'node_modules'), { force: true, recursive: true }));

const ruleTester = createRuleTester();
const APP = fixture('aliases', 'src', 'app.ts');
const JS_COOKIE = "import Cookies from 'js-cookie'; ";
const undeclared = (column: number) => ({ messageId: 'undeclaredCookie' as const, line: 1, column });

ruleTester.run('no-undeclared-cookie', rule, {
  valid: [
    { filename: APP, code: `${JS_COOKIE}import { THEME_KEY } from '@/lib/keys'; Cookies.set(THEME_KEY, '1');` },
    { filename: APP, code: `${JS_COOKIE}import { THEME_KEY } from '~keys'; Cookies.set(THEME_KEY, '1');` },
    // baseUrl: a bare path under the app's root
    { filename: APP, code: `${JS_COOKIE}import * as keys from 'src/lib/keys'; Cookies.set(keys.THEME_KEY, '1');` },
    { filename: APP, code: `${JS_COOKIE}import { SHARED_SESSION } from '@acme/shared'; Cookies.set(SHARED_SESSION, '1');` },
    // an installed package's constants stay unknown (not the project's code): no-unresolved-cookie-name's business
    { filename: APP, code: `${JS_COOKIE}import { NAME } from 'some-package'; Cookies.set(NAME, '1');` },
  ],
  invalid: [
    { filename: APP, code: `${JS_COOKIE}import { TRACKER_KEY } from '@/lib/keys'; Cookies.set(TRACKER_KEY, '1');`, errors: [undeclared(88)] },
    { filename: APP, code: `${JS_COOKIE}import { TRACKER_KEY } from '~keys'; Cookies.set(TRACKER_KEY, '1');`, errors: [undeclared(83)] },
    { filename: APP, code: `${JS_COOKIE}import { SHARED_TRACKER } from '@acme/shared'; Cookies.set(SHARED_TRACKER, '1');`, errors: [undeclared(93)] },
  ],
});
