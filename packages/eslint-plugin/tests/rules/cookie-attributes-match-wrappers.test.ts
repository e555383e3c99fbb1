// Options written inside a helper resolve through the call's arguments: fixtures/wrappers/cookies.ts
// has `setCookie(name, value, days)` writing `Cookies.set(name, value, { expires: days, ... })`.
// The fixture policy declares `theme` for 1 year, secure, sameSite lax.
import rule from '../../src/rules/cookie-attributes-match.js';
import { createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const lifetime = (line: number, column: number) => ({ messageId: 'lifetimeTooLong' as const, line, column });

ruleTester.run('cookie-attributes-match (wrappers)', rule, {
  valid: [
    "import { setCookie } from './wrappers/cookies'; setCookie('theme', 'dark', 365);",
    "import Cookies from 'js-cookie'; function keep(name: string, days: number) { Cookies.set(name, '1', { expires: days, secure: true, sameSite: 'lax' }); } keep('theme', 30);",
  ],
  invalid: [
    { code: "import { setCookie } from './wrappers/cookies';\nsetCookie('theme', 'dark', 400);", errors: [lifetime(2, 11)] },
    {
      code: "import Cookies from 'js-cookie'; function keep(name: string, days: number) { Cookies.set(name, '1', { expires: days, secure: true, sameSite: 'lax' }); }\nkeep('theme', 800);",
      errors: [lifetime(2, 6)],
    },
  ],
});
