// `cookie-ledger add` end to end: the real binary edits real policy files.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, example, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('add');

/** A copy of the example app's sources. */
function exampleCopy(): string {
  const folder = mkdtempSync(join(scratch, 'example-'));
  cpSync(join(example, 'src'), join(folder, 'src'), { recursive: true });
  return folder;
}

const projectWith = (source: string) => writeProject(scratch, { 'cookies.ts': source });

const policyOf = (project: string) => readFileSync(join(project, 'src/cookies.ts'), 'utf8');

describe('cookie-ledger add', () => {
  it('adds a well-known cookie from the Open Cookie Database and an unknown one with a TODO', () => {
    const project = exampleCopy();
    const before = policyOf(project);
    const { status, stdout, stderr } = cookieLedger(['add', '_ga', 'cart_id'], project);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Added "_ga" to src/cookies.ts: From the Open Cookie Database (Google Analytics; retention "2 years")');
    expect(stdout).toContain('Added "cart_id" to src/cookies.ts');

    const after = policyOf(project);
    // Everything written before stays as it was, up to the end of the list.
    const listEnd = before.indexOf('cookies: [session, language, csrf, cookiePreferences, catalogView]');
    expect(after.slice(0, listEnd)).toBe(before.slice(0, listEnd));
    expect(after).toContain(`    defineCookie({
      name: '_ga',
      provider: 'Google',
      category: 'statistics',
      purpose: 'ID used to identify users',
      duration: { years: 2 },
    }),`);
    expect(after).toContain(`purpose: 'TODO: say why "cart_id" is stored, and check its category',`);
  });

  it('changes nothing the second time, even while a TODO is left in the policy', () => {
    const project = exampleCopy();
    expect(cookieLedger(['add', '_ga', 'cart_id'], project).status).toBe(0);
    const once = policyOf(project);
    const again = cookieLedger(['add', '_ga', 'cart_id'], project);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe('"_ga" is already declared in src/cookies.ts; nothing to add.\n"cart_id" is already declared in src/cookies.ts; nothing to add.\n');
    expect(policyOf(project)).toBe(once);
  });

  it('leaves a name alone when a declared pattern covers it', () => {
    const project = projectWith(`import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';
export default defineCookiePolicy({
  owner: 'Acme',
  cookies: [
    defineCookie({ name: '_pk_id.*', category: 'necessary', purpose: 'Audience' }),
  ],
});
`);
    const before = readFileSync(join(project, 'cookies.ts'), 'utf8');
    expect(cookieLedger(['add', '_pk_id.1.abc'], project).stdout).toContain('"_pk_id.1.abc" is already declared');
    expect(readFileSync(join(project, 'cookies.ts'), 'utf8')).toBe(before);
  });

  it('writes what the flags say, and the policy then reads cleanly', () => {
    const project = exampleCopy();
    const result = cookieLedger(
      ['add', 'theme', '--storage', 'localStorage', '--category', 'preferences', '--provider', 'Opendatasoft', '--purpose', 'To remember the dark mode', '--policy', 'src/cookies.ts'],
      project,
    );
    expect(result.status).toBe(0);
    expect(policyOf(project)).toContain(`    defineCookie({
      name: 'theme',
      storage: 'localStorage',
      provider: 'Opendatasoft',
      category: 'preferences',
      purpose: 'To remember the dark mode',
    }),`);
    // A preferences item needs a duration: the policy says so, with the place to fix.
    const docs = cookieLedger(['docs'], project);
    expect(docs.status).toBe(2);
    expect(docs.stderr).toMatch(/src\/cookies\.ts:\d+:\d+: "theme" needs consent, so visitors must be told how long it lives/);
  });

  it.each([
    [['add'], /Name at least one cookie/],
    [['add', 'x', '--category', 'functional'], /--category "functional" is not one of: necessary, preferences, statistics, marketing/],
    [['add', 'x', '--storage', 'webSQL'], /--storage "webSQL" is not one of: cookie, localStorage, sessionStorage, indexedDB/],
    [['add', 'a*b'], /"a\*b" is not a cookie name or pattern/],
    [['add', 'x', '--colour'], /Unknown option '--colour'/],
  ])('answers %j with a usage error and exit 2', (args, message) => {
    const { status, stderr } = cookieLedger(args, exampleCopy());
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('says where to start when there is no policy', () => {
    const { status, stderr } = cookieLedger(['add', 'x'], mkdtempSync(join(scratch, 'empty-')));
    expect(status).toBe(2);
    expect(stderr).toMatch(/No cookie policy was found: .*Create one with `cookie-ledger init`/s);
  });

  it('points at the list it cannot add to, and leaves the file as it was', () => {
    const source = `import { defineCookiePolicy } from '@cookie-ledger/core';
import { all } from './all';
export default defineCookiePolicy({
  owner: 'Acme',
  cookies: all,
});
`;
    const project = projectWith(source);
    writeFileSync(join(project, 'all.ts'), `import { defineCookie } from '@cookie-ledger/core';\nexport const all = [defineCookie({ name: 'a', category: 'necessary', purpose: 'p' })];\n`);
    const { status, stderr } = cookieLedger(['add', 'b'], project);
    expect(status).toBe(2);
    expect(stderr).toMatch(/cookies\.ts:5:3: `cookies` is not a list written in this file/);
    expect(readFileSync(join(project, 'cookies.ts'), 'utf8')).toBe(source);
  });
});
