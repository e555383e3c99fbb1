// `cookie-ledger audit` end to end: the real binary drives the real Chromium over the fixture
// site (127.0.0.1 and a third-party `localhost`) once, with both consent selectors; the other
// formats and `audit merge` are produced from that run's JSON report, without a browser.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_POLICY, type FixtureSite, startFixtureSite } from './helpers/auditFixtureSite.js';
import { cookieLedger, cookieLedgerAsync, createScratch, root, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('audit');
const requireFromCli = createRequire(join(root, 'packages/cli/package.json'));
const project = writeProject(scratch, { 'cookies.ts': FIXTURE_POLICY });
const policyLines = FIXTURE_POLICY.split('\n');
/** The 1-based line of the policy where `text` is declared. */
const lineOf = (text: string) => policyLines.findIndex((line) => line.includes(`name: '${text}'`)) + 1;

interface Report {
  findings: { code: string; name: string; storage: string; state: string; url: string; domain?: string; initiator?: string; declaration?: string; message: string }[];
  seen: { name: string; storage: string; domain: string; httpOnly?: boolean; secure?: boolean; sameSite?: string; expires?: number | null; states: string[]; declaration?: string; initiator?: string; thirdParty: boolean }[];
  states: { state: string; pages: string[]; skipped?: string }[];
}

let site: FixtureSite;
let run: { status: number | null; stdout: string; stderr: string };
let report: Report;
const reportFile = join(project, 'report.json');

beforeAll(async () => {
  site = await startFixtureSite();
  run = await cookieLedgerAsync(['audit', site.home, '--accept', '#accept', '--reject', '#reject', '--format', 'json', '-o', 'report.json'], project);
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
});
afterAll(() => site?.close());

const seen = (name: string, storage = 'cookie') => report.seen.find((item) => item.name === name && item.storage === storage);
const findings = (code: string) => report.findings.filter((finding) => finding.code === code);

describe('cookie-ledger audit on the fixture site', () => {
  it('visits both pages in each of the three states, says nothing on a non-terminal, and exits 1 for its findings', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(report.states).toEqual([
      { state: 'before-consent', pages: [site.home, `${site.home}about`] },
      { state: 'after-accept', pages: [site.home, `${site.home}about`] },
      { state: 'after-reject', pages: [site.home, `${site.home}about`] },
    ]);
  });

  it('records cookies with their attributes, HttpOnly ones too, and who set them', () => {
    expect(seen('sessionid')).toMatchObject({ domain: '127.0.0.1', httpOnly: true, secure: false, sameSite: 'lax', expires: null, initiator: site.home, declaration: 'sessionid', thirdParty: false });
    expect(seen('_tp_id')).toMatchObject({ httpOnly: false, initiator: `${site.thirdParty}/tag.js`, states: ['before-consent', 'after-accept', 'after-reject'] });
    expect(seen('mystery')).toMatchObject({ initiator: `${site.home}about` });
    expect(seen('_ga')).toMatchObject({ states: ['after-accept'], initiator: `${site.home}analytics.js`, declaration: '_ga' });
    expect(seen('consent')).toMatchObject({ states: ['after-accept', 'after-reject'], initiator: `${site.home}consent.js` });
  });

  it('records a third-party cookie and third-party storage with their domain', () => {
    expect(seen('tp_uid')).toMatchObject({ domain: 'localhost', secure: true, sameSite: 'none', thirdParty: true, initiator: `${site.thirdParty}/pixel.gif` });
    expect(seen('widget_seen', 'localStorage')).toMatchObject({ domain: 'localhost', thirdParty: true, initiator: `${site.thirdParty}/widget.html` });
  });

  it('records localStorage and sessionStorage keys and IndexedDB databases', () => {
    expect(seen('theme', 'localStorage')).toMatchObject({ domain: '127.0.0.1', initiator: site.home });
    expect(seen('tab_state', 'sessionStorage')).toMatchObject({ declaration: 'tab_state' });
    expect(seen('offline-cache', 'indexedDB')).toMatchObject({ declaration: 'offline-cache' });
    expect(seen('_ga_queue', 'localStorage')).toMatchObject({ states: ['after-accept'], declaration: '_ga_queue' });
  });

  it('reports every finding code, with the item, state, page, initiator and declaration', () => {
    expect(findings('undeclared').map(({ name, domain }) => `${name}@${domain}`).sort()).toEqual(['mystery@127.0.0.1', 'tp_uid@localhost', 'widget_seen@localhost']);
    expect(findings('undeclared').find((finding) => finding.name === 'mystery')).toMatchObject({ state: 'before-consent', url: `${site.home}about`, initiator: `${site.home}about` });
    expect(findings('set-without-consent')).toEqual([
      expect.objectContaining({ name: '_tp_id', state: 'before-consent', url: site.home, initiator: `${site.thirdParty}/tag.js`, declaration: '_tp_id' }),
      expect.objectContaining({ name: '_tp_id', state: 'after-reject', declaration: '_tp_id' }),
    ]);
    const [lifetime] = findings('lifetime-longer');
    expect(lifetime).toMatchObject({ name: 'csrftoken', declaration: 'csrftoken' });
    expect(lifetime!.message).toContain('lives 1 year; declared 30 days');
    expect(findings('attributes-differ')).toEqual([expect.objectContaining({ name: 'lang', message: expect.stringContaining('httpOnly: false; declared httpOnly: true') })]);
    expect(findings('wrong-storage')).toEqual([expect.objectContaining({ name: 'theme', storage: 'localStorage', declaration: 'theme' })]);
    expect(findings('not-seen')).toEqual([expect.objectContaining({ name: 'legacy_banner', state: 'all', declaration: 'legacy_banner' })]);
  });

  it('reports nothing about declared items present only where they may be', () => {
    const clean = ['sessionid', '_ga', '_ga_queue', 'consent', 'tab_state', 'offline-cache'];
    expect(report.findings.filter((finding) => clean.includes(finding.name))).toEqual([]);
  });
});

describe('cookie-ledger audit merge and the other formats', () => {
  it('prints stylish grouped by state, with what each state visited', () => {
    const { status, stdout } = cookieLedger(['audit', 'merge', 'report.json'], project);
    expect(status).toBe(1);
    const headings = ['state 1 of 3: before-consent', 'state 3 of 3: after-reject', 'the policy: declarations not seen in any state'];
    const positions = headings.map((heading) => stdout.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(stdout).toContain('after-accept: 2 pages visited');
    expect(stdout).toMatch(/The cookie "_tp_id" \(127\.0\.0\.1, set by http:\/\/localhost:\d+\/tag\.js\) needs consent/);
  });

  it('writes SARIF 2.1.0 whose results point at the declaration in the policy file', () => {
    const { status, stdout } = cookieLedger(['audit', 'merge', 'report.json', '--format', 'sarif'], project);
    expect(status).toBe(1);
    const log = JSON.parse(stdout);
    const schema = JSON.parse(readFileSync(requireFromCli.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The CLI's dev dependencies validate its SARIF; the repository's root does not list them.
    const Ajv = requireFromCli('ajv-draft-04') as new (options: object) => { compile: (schema: object) => ((data: unknown) => boolean) & { errors?: unknown } };
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const result = (code: string) => log.runs[0].results.find((entry: { ruleId: string }) => entry.ruleId === `cookie-ledger/audit/${code}`);
    expect(result('lifetime-longer').locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'cookies.ts' }, region: { startLine: lineOf('csrftoken') } });
    expect(result('not-seen')).toMatchObject({ level: 'note', locations: [{ physicalLocation: { region: { startLine: lineOf('legacy_banner') } } }] });
    expect(result('undeclared').properties).toMatchObject({ state: 'before-consent', storage: 'cookie' });
  });

  it('joins shard reports: a declaration one shard saw is not reported as not seen', () => {
    const other = {
      findings: [],
      seen: [{ name: 'legacy_banner', storage: 'cookie', domain: '127.0.0.1', path: '/', thirdParty: false, states: ['before-consent'], url: site.home, pages: { 'before-consent': site.home } }],
      states: [{ state: 'before-consent', pages: [`${site.home}old`] }],
    };
    writeFileSync(join(project, 'other.json'), JSON.stringify(other));
    const { status, stdout } = cookieLedger(['audit', 'merge', 'report.json', 'other.json', '--format', 'json'], project);
    expect(status).toBe(1);
    const merged = JSON.parse(stdout) as Report;
    expect(merged.findings.filter((finding) => finding.code === 'not-seen')).toEqual([]);
    expect(merged.states[0]!.pages).toEqual([site.home, `${site.home}about`, `${site.home}old`]);
    expect(merged.findings.filter((finding) => finding.code !== 'not-seen')).toEqual(report.findings.filter((finding) => finding.code !== 'not-seen'));
  });

  it('refuses a file that is not a report, naming it', () => {
    writeFileSync(join(project, 'eslint.json'), '[]');
    const { status, stderr } = cookieLedger(['audit', 'merge', 'eslint.json'], project);
    expect(status).toBe(2);
    expect(stderr).toMatch(/eslint\.json is not an audit report: it has no findings, seen, states array/);
  });
});
