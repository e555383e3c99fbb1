// `cookie-ledger docs` end to end: the real binary (through pnpm's bin link) on the example app
// and on broken projects. The example's generated pages are committed; these tests fail when the
// binary's output drifts from them (run `pnpm demo` to regenerate, or vitest -u).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const example = join(root, 'docs/examples/opendatasoft-portal');
const bin = join(root, 'node_modules/.bin/cookie-ledger');

function cookieLedger(args: readonly string[], cwd = example) {
  const result = spawnSync(bin, args, { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'cookie-ledger-docs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project folder holding `cookies.ts` with this source. */
function projectWith(source: string): string {
  const folder = mkdtempSync(join(scratch, 'project-'));
  writeFileSync(join(folder, 'cookies.ts'), source);
  return folder;
}

/** The seed page's four columns (shared/seeds/opendatasoft-cookies-policy.txt). */
const SEED_COLUMNS = ['--columns', 'provider,feature-and-locations,names,purpose'];

/** The seed page's rows, as it writes them (but for its "front et back office", a slip of French). */
const SEED_ROWS = [
  '| Opendatasoft | Authentication (front and back office) | sessionid | To remember the user from one page to another |',
  "| Opendatasoft | Language selection (front and back office) | django_language | To remember the visitor's language |",
  '| Opendatasoft | API (CSRF) (front and back office) | csrftoken | To retrieve data via API calls |',
  "| Opendatasoft | Choices related to your cookie preferences | cookies_preferences | To remember the visitor's cookie preferences |",
];

describe('cookie-ledger docs on the example app', () => {
  it.each([
    ['markdown', 'en', 'cookies-policy.en.md', []],
    ['markdown', 'fr', 'cookies-policy.fr.md', []],
    ['html', 'en', 'cookies-policy.en.html', []],
    ['html', 'fr', 'cookies-policy.fr.html', []],
    ['markdown', 'en', 'cookies-policy.seed-columns.en.md', SEED_COLUMNS],
  ])('writes the %s page in %s as committed in generated/%s', async (format, locale, file, args) => {
    const { status, stdout, stderr } = cookieLedger(['docs', '--format', format, '--locale', locale, ...args]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    await expect(stdout).toMatchFileSnapshot(join(example, 'generated', file));
  });

  it("reproduces the seed page's table with the seed's four columns", () => {
    const { stdout } = cookieLedger(['docs', ...SEED_COLUMNS]);
    expect(stdout).toContain(
      ["| Service provider's name | Function and location | Cookie name(s) | Purposes |", '| --- | --- | --- | --- |', ...SEED_ROWS].join('\n'),
    );
    expect(stdout).toBe(readFileSync(join(example, 'generated/cookies-policy.seed-columns.en.md'), 'utf8'));
  });

  it('tells a visitor, by default, who sets each item, its name and type, why, for how long, when, and whether consent is asked', () => {
    const { stdout } = cookieLedger(['docs', '--no-introduction']);
    expect(stdout).toContain('## Cookies and other storage used on <https://interpolilli.opendatasoft.com>');
    expect(stdout).toContain("| Service provider's name | Function and location | Cookie name(s) | Type | Purposes | Duration | When | Consent |");
    expect(stdout).toContain(
      "| Opendatasoft | Language selection (front and back office) | django_language | Cookie | To remember the visitor's language | 1 year | Only on multilingual portals | Not required: strictly necessary |",
    );
    expect(stdout).toContain('### Preference cookies and other storage');
    expect(stdout).toContain("| Service provider's name | Function and location | Name | Type | Purposes | Duration | When | Consent |");
    expect(stdout).toContain('| ods-catalog-view | Local storage | To show the dataset catalogue as cards or as a table, as the visitor last chose | until you clear your browser data |  | Not required: appearance you chose |');
  });

  it('writes a fragment to embed: headings from the level asked for, ids to link to, styles scoped or left out', () => {
    const { status, stdout } = cookieLedger(['docs', '--format', 'html', '--fragment', '--heading-level', '3', '--no-introduction']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<section class="cookie-policy" lang="en">\n<style>\n\.cookie-policy /);
    expect(stdout).toContain('<h3 class="cookie-policy__title">Cookies policy</h3>');
    expect(stdout).toContain('<h5 class="cookie-policy__group-heading" id="cookies-necessary">');
    expect(stdout).not.toContain('<h1');
    expect(cookieLedger(['docs', '--format', 'html', '--fragment', '--no-styles']).stdout).not.toContain('<style');
  });

  it.each(['de', 'es', 'it', 'nl'])('writes the page in %s', (locale) => {
    const { status, stdout } = cookieLedger(['docs', '--locale', locale, '--no-introduction']);
    expect(status).toBe(0);
    expect(stdout).not.toContain('Cookies policy');
    expect(stdout).toContain('sessionid');
  });

  it('writes the "Supplier name | Cookie name | Duration | Function" variant by configuration', () => {
    const { status, stdout } = cookieLedger(['docs', '--columns', 'provider=Supplier name,names=Cookie name,duration,purpose=Function', '--group-by', 'none', '--no-introduction']);
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        '# Cookies policy',
        '',
        '## Cookies and other storage used on <https://interpolilli.opendatasoft.com>',
        '',
        '| Supplier name | Cookie name | Duration | Function |',
        '| --- | --- | --- | --- |',
        '| Opendatasoft | sessionid | 2 weeks by default | To remember the user from one page to another |',
        "| Opendatasoft | django_language | 1 year | To remember the visitor's language |",
        '| Opendatasoft | csrftoken | 1 year | To retrieve data via API calls |',
        "| Opendatasoft | cookies_preferences | 6 months | To remember the visitor's cookie preferences |",
        '| Opendatasoft | ods-catalog-view | until you clear your browser data | To show the dataset catalogue as cards or as a table, as the visitor last chose |',
        '',
      ].join('\n'),
    );
  });

  it('writes to -o FILE exactly what it prints', () => {
    const output = join(scratch, 'nested/folder/policy.csv');
    expect(cookieLedger(['docs', '--format', 'csv', '-o', output])).toMatchObject({ status: 0, stdout: '' });
    const written = readFileSync(output, 'utf8');
    expect(written).toBe(cookieLedger(['docs', '--format', 'csv']).stdout);
    expect(written.split('\r\n')).toHaveLength(5 + 2);
  });

  it('exports JSON and the TCF disclosure', () => {
    const json = JSON.parse(cookieLedger(['docs', '--format', 'json', '--locale', 'fr']).stdout) as { locale: string; cookies: { name: string; purpose: string }[] };
    expect(json.locale).toBe('fr');
    expect(json.cookies.map((cookie) => cookie.name)).toEqual(['sessionid', 'django_language', 'csrftoken', 'cookies_preferences', 'ods-catalog-view']);
    const tcf = JSON.parse(cookieLedger(['docs', '--format', 'tcf']).stdout) as { disclosures: { identifier: string; maxAgeSeconds: number }[] };
    expect(tcf.disclosures.map(({ identifier, maxAgeSeconds }) => [identifier, maxAgeSeconds])).toEqual([
      ['sessionid', 1_209_600],
      ['django_language', 31_536_000],
      ['csrftoken', 31_536_000],
      ['cookies_preferences', 15_552_000],
      ['ods-catalog-view', null],
    ]);
  });

  it('reads the policy given with --policy from another directory', () => {
    const { status, stdout } = cookieLedger(['docs', '--policy', join(example, 'src/cookies.ts'), '--format', 'csv', '--columns', 'names'], scratch);
    expect(status).toBe(0);
    expect(stdout).toBe('Name\r\nsessionid\r\ndjango_language\r\ncsrftoken\r\ncookies_preferences\r\nods-catalog-view\r\n');
  });
});

describe('cookie-ledger docs usage and configuration errors (exit 2)', () => {
  it.each([
    [['--format', 'pdf'], 'Unknown format "pdf". Expected one of: markdown, html, json, csv, tcf.'],
    [['--columns', 'names,expiry'], 'Unknown column "expiry". Expected one of: provider, feature-and-locations, names, purpose, duration, condition, category, party, storage, domain, consent.'],
    [['--locale', 'pt'], 'Unknown locale "pt". Expected one of: en, fr, de, es, it, nl.'],
    [['--heading-level', '0'], 'Unknown heading level "0". Expected one of: 1, 2, 3, 4.'],
    [['--group-by', 'vendor'], 'Unknown grouping "vendor". Expected one of: category, party, provider, none.'],
    [['--frobnicate'], "Unknown option '--frobnicate'"],
    [['stray'], "Unexpected argument 'stray'"],
  ])('%j', (args, message) => {
    const { status, stdout, stderr } = cookieLedger(['docs', ...args]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('cookie-ledger docs --help');
  });

  it('prints every problem of a policy it cannot read as file:line:column: message', () => {
    const folder = projectWith(
      [
        "import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';",
        '',
        'export default defineCookiePolicy({',
        "  owner: 'Acme',",
        '  cookies: [',
        "    defineCookie({ name: 'a', category: 'tasty', purpose: 'x' }),",
        "    defineCookie({ name: 'b', category: 'necessary', purpose: 42 }),",
        '  ],',
        '});',
        '',
      ].join('\n'),
    );
    const { status, stdout, stderr } = cookieLedger(['docs'], folder);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const file = join(folder, 'cookies.ts');
    expect(stderr).toMatch(new RegExp(`^${escapeRegExp(file)}:6:\\d+: .*"tasty"`, 'm'));
    expect(stderr).toMatch(new RegExp(`^${escapeRegExp(file)}:7:\\d+: .*received 42`, 'm'));
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says which file it cannot write', () => {
    const blocker = join(scratch, 'a-file');
    writeFileSync(blocker, '');
    const { status, stderr } = cookieLedger(['docs', '-o', join(blocker, 'policy.md')]);
    expect(status).toBe(2);
    expect(stderr).toContain(`Cannot write ${join(blocker, 'policy.md')}`);
  });

  it('says where it looked when there is no policy', () => {
    const { status, stderr } = cookieLedger(['docs'], mkdtempSync(join(scratch, 'empty-')));
    expect(status).toBe(2);
    expect(stderr).toContain('No cookie policy was found: none of cookies.ts, src/cookies.ts exists in');
  });

  it('lists every declaration the TCF format cannot express', () => {
    const folder = projectWith(
      [
        "import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';",
        "export default defineCookiePolicy({ owner: 'Acme', site: 'https://acme.example', cookies: [",
        "  defineCookie({ name: /^_pk_id\\./, category: 'necessary', purpose: 'x', duration: { days: 1 } }),",
        "  defineCookie({ name: 'forever', category: 'necessary', purpose: 'x' }),",
        '] });',
      ].join('\n'),
    );
    const { status, stderr } = cookieLedger(['docs', '--format', 'tcf'], folder);
    expect(status).toBe(2);
    expect(stderr).toContain('cookies[0] /^_pk_id\\./: a RegExp name has no TCF form');
    expect(stderr).toContain('cookies[1] forever: a cookie disclosure needs maxAgeSeconds');
  });
});

describe('cookie-ledger help', () => {
  it('describes the tool and each command', () => {
    expect(cookieLedger(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('docs    Write the cookie policy page') });
    const docsHelp = cookieLedger(['docs', '--help']);
    expect(docsHelp.status).toBe(0);
    expect(docsHelp.stdout).toContain('Usage: cookie-ledger docs [options]');
    expect(docsHelp.stdout).toContain('--format FORMAT      markdown | html | json | csv | tcf');
  });

  it('answers a missing or unknown command with usage, exit 2', () => {
    expect(cookieLedger([])).toMatchObject({ status: 2, stderr: expect.stringContaining('Usage: cookie-ledger <command>') });
    expect(cookieLedger(['frob'])).toMatchObject({ status: 2, stderr: expect.stringContaining('Unknown command "frob". Expected one of: docs') });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
