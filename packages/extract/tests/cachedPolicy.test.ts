// `@cookie-ledger/extract/cached` across processes: each read runs in a new Node process, as an
// ESLint worker or a CLI run would, against the built package. A copy on disk is used only while
// every file the read looked at is unchanged; any edit, a new file that now wins resolution, or a
// damaged copy means a real read (which loads ts-morph), never a stale policy.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { necessary, writeFile, writeProject } from './writeProject.js';

const CACHED = resolve(import.meta.dirname, '../dist/cache/index.js');
const HEADER = "import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';\n";

/** Reads the policy in a new process: the cookie names, and whether the TypeScript reader was loaded. */
function readInNewProcess(root: string): { names: string[]; readSource: boolean } {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', readScript(root)], { encoding: 'utf8' })) as { names: string[]; readSource: boolean };
}

/** Reads the policy in `count` new processes at once, as ESLint's workers do. */
async function readInParallel(root: string, count: number): Promise<{ names: string[]; readSource: boolean }[]> {
  const read = () =>
    new Promise<string>((done, fail) => execFile(process.execPath, ['--input-type=module', '-e', readScript(root)], { encoding: 'utf8' }, (error, stdout) => (error ? fail(error) : done(stdout))));
  const outputs = await Promise.all(Array.from({ length: count }, read));
  return outputs.map((output) => JSON.parse(output) as { names: string[]; readSource: boolean });
}

function readScript(root: string): string {
  return `
    import { createRequire } from 'node:module';
    const { loadCachedPolicy } = await import(${JSON.stringify(CACHED)});
    const { policy } = loadCachedPolicy('cookies.ts', { cwd: ${JSON.stringify(root)} });
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('ts-morph'));
    console.log(JSON.stringify({ names: policy.cookies.map((cookie) => String(cookie.name)), readSource: loaded }));`;
}


describe('loadCachedPolicy keeps the extracted policy on disk between processes', () => {
  it('reads the source once, then answers new processes from node_modules/.cache without loading ts-morph', () => {
    const root = writeProject({
      'cookies.ts': `${HEADER}import { session } from './session';\nexport default defineCookiePolicy({ owner: 'Acme', cookies: [session, defineCookie({ name: /^_ga_/, category: 'necessary', purpose: 'To keep the site working' })] });`,
      'session.ts': `${HEADER}export const session = ${necessary('sessionid')};`,
    });
    mkdirSync(join(root, 'node_modules'));

    expect(readInNewProcess(root)).toEqual({ names: ['sessionid', '/^_ga_/'], readSource: true });
    expect(readdirSync(join(root, 'node_modules/.cache/cookie-ledger'))).toHaveLength(1);
    expect(readInNewProcess(root)).toEqual({ names: ['sessionid', '/^_ga_/'], readSource: false });
  });

  it("keeps the copy in a Yarn Plug'n'Play project, which has a .pnp.cjs and no node_modules", () => {
    const root = writeProject({
      'cookies.ts': `${HEADER}export default defineCookiePolicy({ owner: 'Acme', cookies: [${necessary('sessionid')}] });`,
      '.pnp.cjs': '',
    });
    expect(readInNewProcess(root)).toEqual({ names: ['sessionid'], readSource: true });
    expect(readdirSync(join(root, 'node_modules/.cache/cookie-ledger'))).toHaveLength(1);
    expect(readInNewProcess(root)).toEqual({ names: ['sessionid'], readSource: false });
  });

  it('reads again when the policy or a module it imports is edited', () => {
    const root = writeProject({
      'cookies.ts': `${HEADER}import { session } from './session';\nexport default defineCookiePolicy({ owner: 'Acme', cookies: [session] });`,
      'session.ts': `${HEADER}export const session = ${necessary('sessionid')};`,
    });
    mkdirSync(join(root, 'node_modules'));
    readInNewProcess(root);

    writeFile(root, 'session.ts', `${HEADER}export const session = ${necessary('session_renamed')};`);
    expect(readInNewProcess(root)).toEqual({ names: ['session_renamed'], readSource: true });
    expect(readInNewProcess(root)).toEqual({ names: ['session_renamed'], readSource: false });

    writeFile(root, 'cookies.ts', `${HEADER}import { session } from './session';\nexport default defineCookiePolicy({ owner: 'Acme', cookies: [session, ${necessary('theme')}] });`);
    expect(readInNewProcess(root)).toEqual({ names: ['session_renamed', 'theme'], readSource: true });
  });

  it('reads again when a file it looked for and did not find appears (a session.ts beside the session.js it used)', () => {
    const root = writeProject({
      'cookies.ts': `${HEADER}import { session } from './session';\nexport default defineCookiePolicy({ owner: 'Acme', cookies: [session] });`,
      'session.js': `${HEADER}export const session = ${necessary('from_js')};`,
    });
    mkdirSync(join(root, 'node_modules'));
    expect(readInNewProcess(root).names).toEqual(['from_js']);

    writeFile(root, 'session.ts', `${HEADER}export const session = ${necessary('from_ts')};`);
    expect(readInNewProcess(root)).toEqual({ names: ['from_ts'], readSource: true });
  });

  it('reads the source when the copy is damaged, and writes nothing where no node_modules folder is above', () => {
    const root = writeProject({ 'cookies.ts': `${HEADER}export default defineCookiePolicy({ owner: 'Acme', cookies: [${necessary('sessionid')}] });` });
    expect(readInNewProcess(root)).toEqual({ names: ['sessionid'], readSource: true });
    expect(existsSync(join(root, 'node_modules'))).toBe(false);

    mkdirSync(join(root, 'node_modules'));
    readInNewProcess(root);
    const folder = join(root, 'node_modules/.cache/cookie-ledger');
    for (const name of readdirSync(folder)) writeFileSync(join(folder, name), '{"format":1,');
    expect(readInNewProcess(root)).toEqual({ names: ['sessionid'], readSource: true });
    expect(readInNewProcess(root)).toEqual({ names: ['sessionid'], readSource: false });
  });

  it('reads the source in one process when several start at once, the others taking its copy', async () => {
    const root = writeProject({
      'cookies.ts': `${HEADER}import { session } from './session';\nexport default defineCookiePolicy({ owner: 'Acme', cookies: [session] });`,
      'session.ts': `${HEADER}export const session = ${necessary('sessionid')};`,
    });
    mkdirSync(join(root, 'node_modules'));
    const reads = await readInParallel(root, 3);
    expect(reads.map(({ names }) => names)).toEqual([['sessionid'], ['sessionid'], ['sessionid']]);
    expect(reads.filter(({ readSource }) => readSource)).toHaveLength(1);
    expect(readdirSync(join(root, 'node_modules/.cache/cookie-ledger'))).toEqual([expect.stringMatching(/^policy-.*\.json$/)]);
  });
});
