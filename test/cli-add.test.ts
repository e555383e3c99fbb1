// `cookie-ledger add` end to end: the real binary edits real policy files.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, declaredNames, example, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('add');

/** A copy of the example app's sources. */
function exampleCopy(): string {
  const folder = mkdtempSync(join(scratch, 'example-'));
  cpSync(join(example, 'src'), join(folder, 'src'), { recursive: true });
  return folder;
}

const projectWith = (source: string) => writeProject(scratch, { 'cookies.ts': source });

const policyOf = (project: string) => readFileSync(join(project, 'src/cookies.ts'), 'utf8');

const EXAMPLE_NAMES = ['sessionid', 'django_language', 'csrftoken', 'cookies_preferences', 'ods-catalog-view'];

describe('cookie-ledger add', () => {
  it('adds a well-known cookie from the Open Cookie Database and an unknown one with TODOs, then lists them and exits 1', () => {
    const project = exampleCopy();
    const before = policyOf(project);
    const { status, stdout, stderr } = cookieLedger(['add', '_ga', 'cart_id'], project);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toContain('Added "_ga" to src/cookies.ts: From the Open Cookie Database (Google Analytics; retention "2 years")');
    expect(stdout).toContain('Added "cart_id" to src/cookies.ts');
    expect(stdout).toMatch(/3 problems keep the new declarations from validating.*\n {2}src\/cookies\.ts:\d+:\d+: "cart_id" has the unknown category "TODO: necessary, preferences, statistics or marketing"/);
    expect(stdout).not.toMatch(/"_ga" (has|needs|still)/);

    const after = policyOf(project);
    // Everything written before stays as it was, up to the policy.
    const policyStart = before.indexOf('export default defineCookiePolicy');
    expect(after.slice(0, policyStart)).toBe(before.slice(0, policyStart));
    expect(after).toContain(`export const ga = defineCookie({
  name: '_ga',
  provider: { name: 'Google', privacyPolicy: 'https://business.safety.google/privacy/' },
  category: 'statistics',
  purpose: { en: 'ID used to identify users', fr: 'ID used to identify users' },
  duration: { years: 2 },
  setBy: 'third-party-script',
});`);
    expect(after).toContain(`export const cartId = defineCookie({
  name: 'cart_id',
  provider: 'Opendatasoft',
  category: 'TODO: necessary, preferences, statistics or marketing',`);
    expect(after).toContain('cookies: [session, language, csrf, cookiePreferences, catalogView, ga, cartId],');
  });

  it("writes known third parties' patterns and privacy policies, and a declaration that code can import", () => {
    const project = exampleCopy();
    const { status, stdout } = cookieLedger(['add', '_gid', '_fbp', '_hjSessionUser_123'], project);
    expect(status).toBe(0);
    expect(stdout).toContain('Added "_hjSessionUser_123" as "_hjSessionUser_*" to src/cookies.ts');
    expect(declaredNames(join(project, 'src/cookies.ts'))).toEqual([...EXAMPLE_NAMES, '_gid', '_fbp', '_hjSessionUser_*']);
    const docs = cookieLedger(['docs', '--format', 'json'], project);
    expect(docs.status).toBe(0);
    const cookies = (JSON.parse(docs.stdout) as { cookies: { name: string; setBy: string; party: string; provider: { privacyPolicy?: string } }[] }).cookies.slice(5);
    expect(cookies.map(({ name, setBy, party, provider }) => [name, setBy, party, provider.privacyPolicy])).toEqual([
      ['_gid', 'third-party-script', 'third', 'https://business.safety.google/privacy/'],
      ['_fbp', 'third-party-script', 'third', 'https://www.facebook.com/about/privacy/'],
      ['_hjSessionUser_*', 'third-party-script', 'third', 'https://www.hotjar.com/legal/policies/privacy/'],
    ]);
    // The French page renders: every added item has a French text (the English, marked for review).
    expect(cookieLedger(['docs', '--locale', 'fr'], project).status).toBe(0);
    expect(policyOf(project)).toContain('// From the Open Cookie Database (Hotjar; retention "365 days"): review its provider, category, purpose, duration. Its purpose is written in one language under fr too: translate it.\nexport const hjSessionUser = defineCookie({');
  });

  it('changes nothing the second time, even while a TODO is left in the policy', () => {
    const project = exampleCopy();
    expect(cookieLedger(['add', '_ga', 'cart_id'], project).status).toBe(1);
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

  it('writes what the flags say, with the owner as provider, and the policy then reads cleanly', () => {
    const project = exampleCopy();
    const flags = ['--storage', 'localStorage', '--category', 'preferences', '--purpose', 'To remember the dark mode', '--policy', 'src/cookies.ts'];
    // Without a duration, a preferences item cannot be published: the command says so and exits 1.
    const withoutDuration = cookieLedger(['add', 'theme', ...flags], project);
    expect(withoutDuration.status).toBe(1);
    expect(withoutDuration.stdout).toMatch(/src\/cookies\.ts:\d+:\d+: "theme" needs consent, so visitors must be told how long it lives/);
    expect(withoutDuration.stdout).not.toMatch(/provider/);

    const result = cookieLedger(['add', 'contrast', ...flags, '--duration', '1y'], exampleCopy());
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toBe('Added "contrast" to src/cookies.ts: Its purpose is written in one language under fr too: translate it.\n');
  });

  it('gives the new declarations names code can import', () => {
    const project = exampleCopy();
    expect(cookieLedger(['add', 'contrast', '--category', 'necessary', '--purpose', 'High contrast', '--duration', 'session'], project).status).toBe(0);
    expect(policyOf(project)).toMatch(/\nexport const contrast = defineCookie\(\{\n {2}name: 'contrast',\n {2}provider: 'Opendatasoft',\n {2}category: 'necessary',\n {2}purpose: \{ en: 'High contrast', fr: 'High contrast' \},\n {2}duration: 'session',\n\}\);\n/);
  });

  it.each([
    [['add'], /Name at least one cookie/],
    [['add', 'x', '--category', 'functional'], /--category "functional" is not one of: necessary, preferences, statistics, marketing/],
    [['add', 'x', '--storage', 'webSQL'], /--storage "webSQL" is not one of: cookie, localStorage, sessionStorage, indexedDB/],
    [['add', 'a*b'], /"a\*b" is not a cookie name or pattern/],
    [['add', 'x', '--duration', 'forever'], /--duration "forever" is not a lifetime/],
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
