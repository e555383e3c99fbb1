// @cookie-ledger/runtime as a sink family: the jar's `set` stores each name where the policy
// declares it (a cookie, a localStorage or sessionStorage key), and serializeCookie names the
// cookie its Set-Cookie string writes. The fixture policy declares `sessionid`, `theme` and
// `_ga_*` as cookies, `prefs` and `cache:*` in localStorage, `draft` in sessionStorage.
import { relative } from 'node:path';
import noUndeclaredCookie from '../../src/rules/no-undeclared-cookie.js';
import noUndeclaredStorage from '../../src/rules/no-undeclared-storage.js';
import cookieAttributesMatch from '../../src/rules/cookie-attributes-match.js';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
const POLICY = relative('/', fixture('cookies.ts'));
const JAR = "import { createCookieJar, serializeCookie } from '@cookie-ledger/runtime';\nimport policy from './cookies';\nconst jar = createCookieJar(policy);\n";

const VALID = [
  // declared names in each storage: the jar writes each where its declaration says
  `${JAR}jar.set('theme', 'dark');\njar.set('_ga_ABC', 'GA1');\njar.set('prefs', '{}');\njar.set(\`cache:\${url}\`, body);\njar.set('draft', text);`,
  `${JAR}document.cookie = serializeCookie(policy, 'sessionid', id);`,
  // reads and removals write nothing
  `${JAR}jar.get('tracker');\njar.remove('tracker');`,
  // another package's createCookieJar is not the runtime's
  "import { createCookieJar } from 'other-cookies';\ncreateCookieJar().set('tracker', '1');",
];

ruleTester.run('no-undeclared-cookie', noUndeclaredCookie, {
  valid: VALID,
  invalid: [
    {
      code: `${JAR}jar.set('tracker', '1');`,
      errors: [{ messageId: 'undeclaredCookie', line: 4, column: 9, data: { name: 'tracker', quoted: "'tracker'", policy: POLICY } }],
    },
    {
      code: `${JAR}jar.set(\`tracker:\${id}\`, '1');`,
      errors: [{ messageId: 'undeclaredCookiePattern', line: 4 }],
    },
    {
      code: `${JAR}document.cookie = serializeCookie(policy, 'tracker', '1');`,
      errors: [{ messageId: 'undeclaredCookie', line: 4 }],
    },
  ],
});

ruleTester.run('no-undeclared-storage', noUndeclaredStorage, { valid: VALID, invalid: [] });

// The declaration gives the lifetime and the attributes: there is nothing to contradict.
ruleTester.run('cookie-attributes-match', cookieAttributesMatch, { valid: VALID, invalid: [] });
