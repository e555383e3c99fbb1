// Writes whose name the rule cannot know, and of which no known end a pattern could cover.
import rule from '../../src/rules/no-unresolved-cookie-name.js';
import { relative } from 'node:path';
import { createRuleTester, fixture } from '../RuleTester.js';

const ruleTester = createRuleTester();
// The rule tester lints from the file system root: messages name the policy relative to it.
const POLICY = relative('/', fixture('cookies.ts'));

ruleTester.run('no-unresolved-cookie-name', rule, {
  valid: [
    "import Cookies from 'js-cookie'; Cookies.set('theme', 'dark');",
    "import Cookies from 'js-cookie'; import { session } from './cookies.js'; Cookies.set(session.name, key);",
    // a known prefix or suffix is checked against patterns by no-undeclared-cookie
    "import Cookies from 'js-cookie'; Cookies.set(`_ga_${id}`, '1'); Cookies.set(`trk_${id}`, '1');",
    'localStorage.setItem(`cache:${url}`, body);',
    // not writes
    'const name = read(); Cookies.get(name); localStorage.getItem(name);',
    // a cookie string a function made is named where the function names it (a session storage's config, a serializer)
    "export async function action() { return new Response(null, { headers: { 'Set-Cookie': await commitSession(session) } }); }",
    "export async function action() { const cookie = await commitSession(session); return new Response(null, { headers: { 'Set-Cookie': cookie } }); }",
    "import type { ServerResponse } from 'node:http'; export function forward(res: ServerResponse, upstream: Response) { res.setHeader('Set-Cookie', upstream.headers.get('set-cookie') ?? ''); }",
  ],
  invalid: [
    // a helper's parameter is its callers' to give (no-unresolved-cookie-name-wrappers.test.ts): the call is reported
    {
      code: "import Cookies from 'js-cookie'; export function remember(name: string) { Cookies.set(name, '1'); } remember(readName());",
      errors: [
        { messageId: 'unresolvedName', line: 1, column: 110, data: { what: 'cookie name', policy: POLICY } },
      ],
    },
    { code: 'document.cookie = `${name}=${value}; Path=/`;', errors: [{ messageId: 'unresolvedName', line: 1, column: 19 }] },
    { code: 'localStorage.setItem(key, value);', errors: [{ messageId: 'unresolvedName', line: 1, column: 22 }] },
    // a cookie string of unknown origin is still unreadable
    {
      code: "export function send(cookie: string) { return new Response(null, { headers: { 'Set-Cookie': cookie } }); }",
      errors: [{ messageId: 'unresolvedName', line: 1, column: 93 }],
    },
    { code: 'localStorage[key] = value;', errors: [{ messageId: 'unresolvedName', line: 1, column: 14 }] },
    // next-auth's cookie table built where the rule cannot see: any cookie may be renamed
    {
      code: "import NextAuth from 'next-auth';\nimport { cookieTable } from 'elsewhere';\nexport default NextAuth({ cookies: cookieTable() });",
      errors: [{ messageId: 'unresolvedName', line: 3, column: 36 }],
    },
    // the message calls the name what its storage makes it: a key, a database name
    { code: "import { set } from 'idb-keyval'; set(readKey(), value);", errors: [{ messageId: 'unresolvedName', line: 1, column: 39, data: { what: 'IndexedDB key', policy: POLICY } }] },
    { code: "import { setMany } from 'idb-keyval'; setMany(entries);", errors: [{ messageId: 'unresolvedName', line: 1, column: 47, data: { what: 'IndexedDB key', policy: POLICY } }] },
    { code: "import Dexie from 'dexie'; const db = new Dexie(readName());", errors: [{ messageId: 'unresolvedName', line: 1, column: 49, data: { what: 'IndexedDB database name', policy: POLICY } }] },
    { code: "import { useStorage } from '@vueuse/core'; useStorage(key, 0, sessionStorage);", errors: [{ messageId: 'unresolvedName', line: 1, column: 55, data: { what: 'sessionStorage key', policy: POLICY } }] },
    {
      code: "import express from 'express'; const app = express(); app.get('/', (req, res) => { res.cookie(`${req.query.a}_${req.query.b}`, '1'); });",
      errors: [{ messageId: 'unresolvedNameParts', line: 1, column: 95 }],
    },
  ],
});
