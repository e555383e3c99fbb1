// Every form of cookie name the rule resolves: literals, templates, constants of this file and
// of imported files (through re-exports), `as const` objects, enums, declaration references,
// concatenations, conditionals, fallbacks, destructuring. Imports resolve against
// tests/fixtures (constants.ts, more-constants.ts, cookies.ts).
import rule from '../../src/rules/no-undeclared-cookie.js';
import { createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const JS_COOKIE = "import Cookies from 'js-cookie'; ";
const undeclared = (column: number) => ({ messageId: 'undeclaredCookie' as const, line: 1, column });
const uncoveredPattern = (column: number) => ({ messageId: 'undeclaredCookiePattern' as const, line: 1, column });

ruleTester.run('no-undeclared-cookie', rule, {
  valid: [
    // declaration references, same file and imported
    `${JS_COOKIE}import { session } from './cookies.js'; Cookies.set(session.name, '1'); Cookies.set(\`\${session.name}\`, '1');`,
    `${JS_COOKIE}import { defineCookie } from '@cookie-ledger/core'; const local = defineCookie({ name: 'theme', category: 'necessary', purpose: 'x' }); Cookies.set(local.name, '1');`,
    // imported constants, a renamed re-export, an `as const` member, a string enum member
    `${JS_COOKIE}import { SESSION_COOKIE, RENAMED_SESSION, COOKIE_NAMES, CookieName } from './constants.js'; Cookies.set(SESSION_COOKIE, '1'); Cookies.set(RENAMED_SESSION, '1'); Cookies.set(COOKIE_NAMES.theme, '1'); Cookies.set(CookieName.Session, '1');`,
    // a constant prefix covered by `_ga_*`, a constant suffix covered by `*.session_token`
    `${JS_COOKIE}Cookies.set(\`_ga_\${measurementId}\`, '1'); Cookies.set(\`\${prefix}.session_token\`, '1');`,
    `${JS_COOKIE}Cookies.set('_ga_' + measurementId, '1');`,
    // a name of which nothing is known is no-unresolved-cookie-name's business, not this rule's
    `${JS_COOKIE}export function remember(name: string) { Cookies.set(name, '1'); }`,
    // wrappers that do not change the value
    `${JS_COOKIE}Cookies.set(String('theme'), '1'); Cookies.set(('theme' as string)!, '1');`,
    // both branches declared
    `${JS_COOKIE}Cookies.set(dark ? 'theme' : 'sessionid', '1');`,
  ],
  invalid: [
    { code: `${JS_COOKIE}Cookies.set(\`tracker\`, '1');`, errors: [undeclared(46)] },
    // a declaration imported from another module resolves to its name (here one no policy includes)
    { code: `${JS_COOKIE}import { stray } from './declarations.js'; Cookies.set(stray.name, '1');`, errors: [undeclared(89)] },
    { code: `${JS_COOKIE}const NAME = 'tracker'; Cookies.set(NAME, '1');`, errors: [undeclared(70)] },
    // a `let` that is never reassigned is a constant too
    { code: `${JS_COOKIE}let name = 'tracker'; Cookies.set(name, '1');`, errors: [undeclared(68)] },
    { code: `${JS_COOKIE}import { UNDECLARED_COOKIE } from './constants.js'; Cookies.set(UNDECLARED_COOKIE, '1');`, errors: [undeclared(98)] },
    // through `export * from './more-constants.js'`
    { code: `${JS_COOKIE}import { DEEP_UNDECLARED } from './constants.js'; Cookies.set(DEEP_UNDECLARED, '1');`, errors: [undeclared(96)] },
    { code: `${JS_COOKIE}import * as names from './constants.js'; Cookies.set(names.UNDECLARED_COOKIE, '1');`, errors: [undeclared(87)] },
    { code: `${JS_COOKIE}import { COOKIE_NAMES } from './constants.js'; Cookies.set(COOKIE_NAMES.tracker, '1');`, errors: [undeclared(93)] },
    { code: `${JS_COOKIE}const NAMES = { tracker: 'tracker' } as const; Cookies.set(NAMES['tracker'], '1');`, errors: [undeclared(93)] },
    { code: `${JS_COOKIE}const NAMES = Object.freeze({ tracker: 'tracker' }); Cookies.set(NAMES.tracker, '1');`, errors: [undeclared(99)] },
    { code: `${JS_COOKIE}enum Names { Tracker = 'tracker' } Cookies.set(Names.Tracker, '1');`, errors: [undeclared(81)] },
    { code: `${JS_COOKIE}import { CookieName } from './constants.js'; Cookies.set(CookieName.Legacy, '1');`, errors: [undeclared(91)] },
    // a declaration that is not in the policy
    {
      code: `${JS_COOKIE}import { defineCookie } from '@cookie-ledger/core'; const extra = defineCookie({ name: 'extra', category: 'necessary', purpose: 'x' }); Cookies.set(extra.name, '1');`,
      errors: [undeclared(182)],
    },
    { code: `${JS_COOKIE}Cookies.set('track' + 'er', '1');`, errors: [undeclared(46)] },
    // a constant prefix or suffix that no declared pattern covers
    { code: `${JS_COOKIE}const PREFIX = 'trk'; Cookies.set(\`\${PREFIX}_\${id}\`, '1');`, errors: [uncoveredPattern(68)] },
    { code: `${JS_COOKIE}Cookies.set(id + '_tracker', '1');`, errors: [uncoveredPattern(46)] },
    // every branch is checked: only the undeclared one is reported
    { code: `${JS_COOKIE}Cookies.set(secure ? '__Secure-theme' : 'theme', '1');`, errors: [undeclared(46)] },
    { code: `${JS_COOKIE}Cookies.set(options.name ?? 'tracker', '1');`, errors: [undeclared(46)] },
    // parameter defaults and destructuring
    { code: `${JS_COOKIE}export function remember(name = 'tracker') { Cookies.set(name, '1'); }`, errors: [undeclared(91)] },
    { code: `${JS_COOKIE}const { name } = { name: 'tracker' }; Cookies.set(name, '1');`, errors: [undeclared(84)] },
    { code: `${JS_COOKIE}const [first] = ['tracker', 'theme']; Cookies.set(first, '1');`, errors: [undeclared(84)] },
  ],
});
