// Cookie strings read as browsers read them (RFC 6265bis): what a string deletes or a browser
// ignores is no write; what a later attribute revives, and a cookie without a name, are. A
// lifetime the code computes (a helper's `days`, a date moved by it) deletes as a written one does.
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

// The w3schools helper, copied into many apps (postiz's layout context): `setCookie(name, '', -10)` deletes.
const W3SCHOOLS_HELPER = `function setCookie(cname, cvalue, exdays) {
  const d = new Date();
  d.setTime(d.getTime() + exdays * 24 * 60 * 60 * 1000);
  const expires = 'expires=' + d.toUTCString();
  document.cookie = cname + '=' + cvalue + ';' + expires + ';path=/';
}
`;
const atLine = (name: string, line: number, column: number) => ({ ...undeclared(name, column), line });

ruleTester.run('no-undeclared-cookie: lifetimes the code computes', rule, {
  valid: [
    // a helper's expiry moved into the past by its caller's negative days
    `${W3SCHOOLS_HELPER}setCookie('tracker', '', -10);`,
    // the same with setDate and a template
    "function put(name, value, days) { const date = new Date(); date.setDate(date.getDate() + days); document.cookie = `${name}=${value}; expires=${date.toUTCString()}; path=/`; }\nput('tracker', '', -1);",
    // a Max-Age the caller gives as 0
    "function put(name, value, seconds) { document.cookie = name + '=' + value + '; max-age=' + seconds; }\nput('tracker', 'x', 0);",
    // an expiry set outright to a moment before now
    "function put(name) { const d = new Date(); d.setTime(Date.now() - 1000); document.cookie = `${name}=; expires=${d.toUTCString()}`; }\nput('tracker');",
    // js-cookie's days given by the caller through a helper
    "import Cookies from 'js-cookie';\nfunction put(name, value, days) { Cookies.set(name, value, { expires: days }); }\nput('tracker', '', -1);",
    // an Express-style maxAge in milliseconds from a constant
    "import Cookies from 'js-cookie';\nconst GONE = -1;\nCookies.set('tracker', '', { expires: GONE });",
  ],
  invalid: [
    // the same helper called with positive days writes
    { code: `${W3SCHOOLS_HELPER}setCookie('tracker', 'v', 365);`, errors: [atLine('tracker', 7, 11)] },
    // a date moved only under a condition: whether it lies in the past is not known, so it is a write
    {
      code: "function put(name, value, days) { const date = new Date(); if (days) date.setDate(date.getDate() + days); document.cookie = `${name}=${value}; expires=${date.toUTCString()}`; }\nput('tracker', 'v', -1);",
      errors: [atLine('tracker', 2, 5)],
    },
    // a helper called without the days: the expiry is not a date, so browsers keep a session cookie
    { code: `${W3SCHOOLS_HELPER}setCookie('tracker', 'v');`, errors: [atLine('tracker', 7, 11)] },
    // js-cookie's positive days through a helper
    { code: "import Cookies from 'js-cookie';\nfunction put(name, value, days) { Cookies.set(name, value, { expires: days }); }\nput('tracker', 'v', 7);", errors: [atLine('tracker', 3, 5)] },
  ],
});
