// Cookie names end to end: what no browser would store is an error where it is declared and is
// never added; names that differ only in case are a warning of `check`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('cookie-names');

const policyWith = (declarations: string) => `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export default defineCookiePolicy({
  owner: 'Acme',
  cookies: [
${declarations}
  ],
});
`;

const APP = "document.cookie = 'dup=1; Max-Age=60';\ndocument.cookie = 'DUP=1; Max-Age=60';\nlocalStorage.setItem('user settings; v2', '{}');\n";

describe('cookie names', () => {
  it('reports a cookie name that is not an RFC 6265 token at its place, with the reason, and leaves storage keys free', () => {
    const project = writeProject(scratch, {
      'cookies.ts': policyWith(`    defineCookie({ name: 'a;b', category: 'necessary', purpose: 'Login' }),
    defineCookie({ name: 'user settings; v2', storage: 'localStorage', category: 'necessary', purpose: 'Settings' }),`),
      'app.js': APP,
    });
    const { status, stdout } = cookieLedger(['check'], project);
    expect(status).toBe(1);
    expect(stdout).toContain(
      '6:20  error  The cookie name "a;b" contains the separator `;` at position 2; a cookie name may only hold ASCII letters, digits and ' +
        "! # $ % & ' * + - . ^ _ ` | ~ (an RFC 6265 token). A browser would refuse or cut such a cookie",
    );
    expect(stdout.match(/ {2}error {2}/g)).toHaveLength(1);
  });

  it('warns about two cookies whose names differ only in case, without failing', () => {
    const project = writeProject(scratch, {
      'cookies.ts': policyWith(`    defineCookie({ name: 'dup', category: 'necessary', purpose: 'One' }),
    defineCookie({ name: 'DUP', category: 'necessary', purpose: 'Two' }),
    defineCookie({ name: 'user settings; v2', storage: 'localStorage', category: 'necessary', purpose: 'Settings' }),`),
      'app.js': APP,
    });
    const { status, stdout, stderr } = cookieLedger(['check'], project);
    expect(stdout).toContain('7:20  warning  "DUP" differs from "dup" (cookies.ts:6) only in case.');
    expect(stdout).toContain('cookie-ledger/case-folded-name');
    expect(stderr).toContain('1 problem (0 errors, 1 warning)');
    expect(status).toBe(0);
  });

  it('refuses to add a cookie name a browser would not store, and adds nothing', () => {
    const project = writeProject(scratch, { 'cookies.ts': policyWith('') });
    const before = readFileSync(join(project, 'cookies.ts'), 'utf8');
    for (const [name, reason] of [
      ['a;b', 'the separator `;` at position 2'],
      ['c d', 'a space at position 2'],
      ['g=h', 'the separator `=` at position 2'],
    ]) {
      const { status, stderr } = cookieLedger(['add', 'fine', name!], project);
      expect(status).toBe(2);
      expect(stderr).toContain(`"${name}" cannot be a cookie's name: it contains ${reason};`);
    }
    expect(readFileSync(join(project, 'cookies.ts'), 'utf8')).toBe(before);
    expect(cookieLedger(['add', 'user settings; v2', '--storage', 'localStorage', '--category', 'preferences', '--purpose', 'Remembers the settings', '--duration', '1y'], project).status).toBe(0);
  });
});
