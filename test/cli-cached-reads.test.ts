// Issue 15, point 1: a command finds the policy without loading ESLint, the project's ESLint
// config or the TypeScript reader while the answers kept in node_modules/.cache/cookie-ledger/
// hold, and sees every edit of every file those answers were read from.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, writeProject } from './helpers/cookieLedger.js';
import { linkPackages } from './helpers/linkPackages.js';

const scratch = createScratch('cached-reads');
const HEADER = "import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';\n";
const policyOf = (names: string) => `${HEADER}import { shared } from './shared';\nexport default defineCookiePolicy({ owner: 'Acme', cookies: [shared, ${names}] });\n`;
const declaration = (name: string) => `defineCookie({ name: '${name}', category: 'necessary', purpose: 'Login' })`;

/** `cookie-ledger docs --format json` in `folder`: the declared names, and which of the heavy modules the process loaded. */
function docs(folder: string): { names: string[]; loaded: string[] } {
  const report = join(folder, 'modules.json');
  const preload = join(folder, 'report-modules.cjs');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(Object.keys(require.cache))));\n`);
  const { status, stdout, stderr } = cookieLedger(['docs', '--format', 'json'], folder, { NODE_OPTIONS: `--require ${preload}` });
  if (status !== 0) throw new Error(`docs exited ${status}: ${stderr}`);
  const modules = JSON.parse(readFileSync(report, 'utf8')) as string[];
  const loaded = ['/eslint/lib/', '/ts-morph/'].filter((part) => modules.some((file) => file.includes(part)));
  return { names: (JSON.parse(stdout) as { cookies: { name: string }[] }).cookies.map((cookie) => cookie.name), loaded };
}

describe('cookie-ledger docs keeps what it read between runs', () => {
  it('answers a second run from node_modules/.cache without loading ESLint or ts-morph, and sees each edit of each file it read', () => {
    const folder = writeProject(scratch, {
      'package.json': '{ "type": "module" }',
      'eslint.config.js': "import cookieLedger from '@cookie-ledger/eslint-plugin';\nimport { policy } from './eslint/policy.js';\n\nexport default [cookieLedger.configs.recommended, { settings: { 'cookie-ledger': { policy } } }];\n",
      'eslint/policy.js': "export const policy = './config/first.ts';\n",
      'config/first.ts': policyOf(declaration('first')),
      'config/second.ts': policyOf(declaration('second')),
      'config/shared.ts': `${HEADER}export const shared = ${declaration('shared')};\n`,
    });
    linkPackages(folder, ['@cookie-ledger/eslint-plugin', '@cookie-ledger/core']);

    expect(docs(folder)).toEqual({ names: ['shared', 'first'], loaded: ['/eslint/lib/', '/ts-morph/'] });
    expect(readdirSync(join(folder, 'node_modules/.cache/cookie-ledger')).sort()).toEqual([expect.stringMatching(/^eslint-setting-/), expect.stringMatching(/^policy-/)]);
    expect(docs(folder)).toEqual({ names: ['shared', 'first'], loaded: [] });

    // A module the ESLint config imports.
    writeFileSync(join(folder, 'eslint/policy.js'), "export const policy = './config/second.ts';\n");
    expect(docs(folder).names).toEqual(['shared', 'second']);
    // The ESLint config itself.
    writeFileSync(join(folder, 'eslint.config.js'), "import cookieLedger from '@cookie-ledger/eslint-plugin';\n\nexport default [cookieLedger.configs.recommended, { settings: { 'cookie-ledger': { policy: './config/first.ts' } } }];\n");
    expect(docs(folder).names).toEqual(['shared', 'first']);
    // The policy, and a module it imports.
    writeFileSync(join(folder, 'config/first.ts'), policyOf(`${declaration('first')}, ${declaration('added')}`));
    expect(docs(folder).names).toEqual(['shared', 'first', 'added']);
    writeFileSync(join(folder, 'config/shared.ts'), `${HEADER}export const shared = ${declaration('renamed')};\n`);
    expect(docs(folder)).toEqual({ names: ['renamed', 'first', 'added'], loaded: ['/ts-morph/'] });
    expect(docs(folder)).toEqual({ names: ['renamed', 'first', 'added'], loaded: [] });
  });

  it('loads the ESLint config again when a nearer one appears', () => {
    const folder = writeProject(scratch, {
      'package.json': '{ "type": "module" }',
      'eslint.config.js': "export default [{ settings: { 'cookie-ledger': { policy: './first.ts' } } }];\n",
      'first.ts': policyOf(declaration('first')),
      'shared.ts': `${HEADER}export const shared = ${declaration('shared')};\n`,
      'app/package.json': '{ "type": "module" }',
      'app/second.ts': policyOf(declaration('second')),
      'app/shared.ts': `${HEADER}export const shared = ${declaration('shared')};\n`,
    });
    linkPackages(folder, ['@cookie-ledger/core']);
    const app = join(folder, 'app');
    expect(docs(app).names).toEqual(['shared', 'first']);
    writeFileSync(join(app, 'eslint.config.js'), "export default [{ settings: { 'cookie-ledger': { policy: './second.ts' } } }];\n");
    expect(docs(app).names).toEqual(['shared', 'second']);
  });
});
