// The packed tarballs installed with npm into a fresh project: what a user gets from the registry.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createScratch } from '../helpers/cookieLedger.js';
import { APP_FILES, OLDEST_PEERS, TRACKER_REPORT, getTarballs, run, writeFiles } from './packedProject.js';

const scratch = createScratch('packed-npm');

describe('the packed packages installed with npm, with the oldest ESLint and TypeScript they support', () => {
  beforeAll(() => {
    const tarballs = getTarballs();
    // A project that only lints: everything but the audit's browser driver.
    const linting = Object.entries(tarballs).filter(([name]) => name !== '@cookie-ledger/audit');
    const dependencies = Object.fromEntries(linting.map(([name, file]) => [name, `file:${file}`]));
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({ name: 'npm-app', private: true, type: 'module', devDependencies: { ...dependencies, ...OLDEST_PEERS } }, null, 2),
    );
    writeFiles(scratch, APP_FILES);
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], scratch);
    expect(install.status, install.output).toBe(0);
  });

  it('installs without a missing or conflicting peer dependency', () => {
    const listed = run('npm', ['ls', '--all'], scratch);
    expect(listed.status, listed.output).toBe(0);
    // Optional peers (the CLI's Vue, Svelte and Astro parsers, ESLint's jiti) may stay unmet.
    expect(listed.output).not.toMatch(/UNMET (?!OPTIONAL)|invalid|missing/i);
  });

  it('runs eslint with the plugin: the undeclared cookie is reported, nothing else', () => {
    const { status, output } = run('npx', ['--no-install', 'eslint', '.'], scratch);
    expect(output).toMatch(TRACKER_REPORT);
    expect(output).toMatch(/1 problem \(1 error, 0 warnings\)/);
    expect(status).toBe(1);
  });

  it('runs `cookie-ledger check`: the same report, and exit code 1', () => {
    const { status, output } = run('npx', ['--no-install', 'cookie-ledger', 'check'], scratch);
    expect(output).toMatch(TRACKER_REPORT);
    expect(output).toMatch(/checked against src\/cookies\.ts/);
    expect(status).toBe(1);
  });

  it('installs no browser driver, and `cookie-ledger audit` says which package to add (exit 2)', () => {
    expect(run('npm', ['ls', 'playwright-core'], scratch).output).not.toContain('playwright-core@');
    const { status, output } = run('npx', ['--no-install', 'cookie-ledger', 'audit', 'http://127.0.0.1:3000/'], scratch);
    expect(output).toContain('audit needs the package @cookie-ledger/audit, which drives the browser and is installed apart. Add it: npm install --save-dev @cookie-ledger/audit');
    expect(status).toBe(2);
  });
});
