// Cookie strings read as browsers read them (RFC 6265bis): what a string deletes or a browser
// ignores is no write; what a later attribute revives, and a cookie without a name, are.
import rule from '../../src/rules/no-undeclared-cookie.js';
import { relative } from 'node:path';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
const POLICY = relative('/', fixture('cookies.ts'));
const undeclared = (name: string, column: number) => ({ messageId: 'undeclaredCookie' as const, data: { name, quoted: `'${name}'`, policy: POLICY }, line: 1, column });

ruleTester.run('no-undeclared-cookie', rule, {
  valid: [
    // an array of parts joined with `; ` whose Max-Age deletes
    "document.cookie = ['tracker=', 'Max-Age=0', 'path=/'].join('; ');",
    // an Expires in the past deletes, whatever the year
    "document.cookie = 'tracker=; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Path=/';",
    // the last valid Max-Age counts: here it deletes
    "document.cookie = 'tracker=1; Max-Age=60; Max-Age=0';",
    // a Max-Age that is not a number is ignored, so the earlier one still deletes
    "document.cookie = 'tracker=1; Max-Age=0; Max-Age=60s';",
    // Max-Age wins over Expires
    "document.cookie = 'tracker=1; Max-Age=-1; Expires=Fri, 31 Dec 9999 23:59:59 GMT';",
    // browsers ignore a string with a control character
    "document.cookie = 'tra\\u0001cker=1';",
    // a deletion whose other attributes are known only at run time
    "const headers = new Headers(); headers.append('Set-Cookie', `tracker=; Max-Age=0; Domain=${domain}`);",
  ],
  invalid: [
    // a later valid Max-Age overrides the deleting one
    { code: "document.cookie = 'tracker=1; Max-Age=0; Max-Age=60';", errors: [undeclared('tracker', 19)] },
    // a future Expires is a write
    { code: "document.cookie = 'tracker=1; Expires=Fri, 31 Dec 9999 23:59:59 GMT';", errors: [undeclared('tracker', 19)] },
    // the name ends at the first `;`: this sets a cookie with an empty name, not `eyJhbGciOi;  Max-Age`
    { code: "document.cookie = 'eyJhbGciOi;  Max-Age= 60s';", errors: [undeclared('', 19)] },
    // whitespace around the name is not part of it
    { code: "document.cookie = '  tracker = 1 ; Path=/';", errors: [undeclared('tracker', 19)] },
    // an array of parts joined with `; ` (ghostfolio's bull_board_token): reported at the part that names it
    { code: "document.cookie = [`tracker=${encodeURIComponent(v)}`, 'path=/', 'SameSite=Strict'].join('; ');", errors: [undeclared('tracker', 20)] },
  ],
});
