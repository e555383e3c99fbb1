// `cookie-ledger audit` options end to end: one real run in Chromium with a shard, a page limit,
// consent given by a preset cookie, no refuse control and a cookie preset in every state; then
// the errors that stop an audit before any browser starts (exit 2, one line).
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_POLICY, type FixtureSite, startFixtureSite } from './helpers/auditFixtureSite.js';
import { cookieLedgerAsync, createScratch, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('audit-options');
const project = writeProject(scratch, { 'cookies.ts': FIXTURE_POLICY });

interface Report {
  seen: { name: string; storage: string; states: string[] }[];
  states: { state: string; pages: string[]; skipped?: string }[];
}

let site: FixtureSite;
let report: Report;
let status: number | null;

beforeAll(async () => {
  site = await startFixtureSite();
  const about = `${site.home}about`;
  const run = await cookieLedgerAsync(
    ['audit', site.home, about, '--shard', '1/2', '--max-pages', '1', '--accept-cookie', 'consent=all', '--cookie', 'visitor=test', '--wait', '200', '--format', 'json'],
    project,
  );
  status = run.status;
  if (run.stdout === '') throw new Error(`The audit wrote no report (exit ${run.status}): ${run.stderr}`);
  report = JSON.parse(run.stdout) as Report;
});
afterAll(() => site?.close());

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const statesOf = (name: string, storage = 'cookie') => report.seen.find((item) => item.name === name && item.storage === storage)?.states;

describe('cookie-ledger audit with a shard, a page limit and consent by cookie', () => {
  it('audits only its shard of the URLs, one page per state, and skips the state without a refuse control', () => {
    expect(status).toBe(1);
    expect(report.states).toEqual([
      { state: 'before-consent', pages: [site.home] },
      { state: 'after-accept', pages: [site.home] },
      { state: 'after-reject', skipped: 'no --reject given', pages: [] },
    ]);
    expect(statesOf('mystery')).toBeUndefined();
  });

  it('gives consent by presetting the consent cookie: the analytics the site loads on consent run in after-accept only', () => {
    expect(statesOf('_ga')).toEqual(['after-accept']);
    expect(statesOf('_ga_queue', 'localStorage')).toEqual(['after-accept']);
  });

  it('sets --cookie in every state', () => {
    expect(statesOf('visitor')).toEqual(['before-consent', 'after-accept']);
  });
});

describe('cookie-ledger audit errors, before a browser starts', () => {
  it('names an unreachable URL in one line, exit 2', async () => {
    const closed = await closedPort();
    const { status: code, stdout, stderr } = await cookieLedgerAsync(['audit', `http://127.0.0.1:${closed}/`], project);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`cookie-ledger: Cannot reach http://127.0.0.1:${closed}/: ECONNREFUSED. Check that the site is up and the URL is right.\n`);
  });

  it('says how to get a browser when none is found, exit 2', async () => {
    const missing = await cookieLedgerAsync(['audit', site.home], project, { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('CHROMIUM_PATH is /nonexistent/chromium, which is not an executable file.');
    const given = await cookieLedgerAsync(['audit', site.home, '--browser', 'no-such-chromium'], project);
    expect(given.status).toBe(2);
    expect(given.stderr).toContain('--browser is no-such-chromium, which is not an executable file.');
  });

  it.each([
    [['audit', 'ftp://example.com/'], '"ftp://example.com/" is not an http(s) URL'],
    [['audit', 'http://127.0.0.1/', '--shard', '3/2'], '--shard "3/2" is not a shard'],
    [['audit', 'http://127.0.0.1/', '--accept', '#a', '--accept-cookie', 'c=1'], 'Give either --accept or --accept-cookie, not both.'],
    [['audit', 'http://127.0.0.1/', '--max-pages', '0'], '--max-pages "0" is not a whole number of at least 1.'],
    [['audit'], 'audit needs at least one URL'],
  ])('refuses %j', async (args, message) => {
    const { status: code, stderr } = await cookieLedgerAsync(args, project);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
