// One way to find the policy (issue 11, points 3 and 4): every command reads the ESLint config's
// `settings['cookie-ledger'].policy` as the plugin does, relative to the config's folder, and
// finds the same policy from any subfolder; `init` never writes a second one.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, declaredNames, root, writeProject } from './helpers/cookieLedger.js';
import { linkPackages } from './helpers/linkPackages.js';

const scratch = createScratch('policy-resolution');
const eslintBin = join(createRequire(join(root, 'package.json')).resolve('eslint/package.json'), '../bin/eslint.js');

const POLICY = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const session = defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login' });

export default defineCookiePolicy({ owner: 'Acme', cookies: [session] });
`;
const APP = "import Cookies from 'js-cookie';\n\nexport function login() {\n  Cookies.set('sessionid', 'k');\n  Cookies.set('cart', '[]');\n}\n";
const configNaming = (policy: string) =>
  `import cookieLedger from '@cookie-ledger/eslint-plugin';\n\nexport default [cookieLedger.configs.recommended, { settings: { 'cookie-ledger': { policy: '${policy}' } } }];\n`;

/** A project whose ESLint config names `policy` as its policy, with the plugin installed. */
function projectWithSetting(policy: string, files: Record<string, string>): string {
  const folder = writeProject(scratch, { 'package.json': '{ "type": "module" }', 'eslint.config.js': configNaming(policy), 'src/components/Cart.js': APP, ...files });
  linkPackages(folder, ['@cookie-ledger/eslint-plugin', '@cookie-ledger/core']);
  return folder;
}

function runEslint(cwd: string): { status: number | null; messages: { ruleId: string | null; message: string }[] } {
  const result = spawnSync(process.execPath, [eslintBin, '.', '--format', 'json'], { cwd, encoding: 'utf8' });
  if (!result.stdout) throw new Error(`eslint exited ${result.status}: ${result.stderr}`);
  return { status: result.status, messages: (JSON.parse(result.stdout) as { messages: { ruleId: string | null; message: string }[] }[]).flatMap((file) => file.messages) };
}

function findings(cwd: string): { status: number | null; found: string[]; stderr: string } {
  const { status, stdout, stderr } = cookieLedger(['check', '--format', 'json'], cwd);
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
  return { status, stderr, found: results.flatMap((result) => result.messages.map((message) => `${result.filePath}:${message.line} ${message.ruleId}`)) };
}

describe('every command finds the policy the ESLint config names', () => {
  it('fails check, docs and add the way ESLint fails when the setting names no file, even with a policy in a default place', () => {
    const folder = projectWithSetting('./src/cookie.ts', { 'src/cookies.ts': POLICY });
    const eslint = runEslint(folder);
    expect(eslint.status).toBe(1);
    const notFound = eslint.messages.find((message) => message.ruleId === 'cookie-ledger/no-undeclared-cookie')?.message;
    expect(notFound).toBe(
      `No cookie policy was found: settings['cookie-ledger'].policy is "./src/cookie.ts", which names ${join(folder, 'src/cookie.ts')}, and that file does not exist ` +
        `(a relative path is resolved in the folder of the ESLint config file, ${folder}). Did you mean \`./src/cookies.ts\`? Correct the path in the ESLint config, or create the policy there. No cookie write was checked.`,
    );
    for (const args of [['check'], ['docs'], ['add', 'cart']]) {
      const { status, stdout, stderr } = cookieLedger(args, folder);
      expect({ args, status, stdout, stderr }).toEqual({ args, status: 2, stdout: '', stderr: `cookie-ledger: ${notFound!.replace(/ No cookie write was checked\.$/, '')}\n` });
    }
  });

  it('uses a setting that names a file in no default place, in check, docs and add', () => {
    const folder = projectWithSetting('./config/cookie-policy.ts', { 'config/cookie-policy.ts': POLICY });
    const before = findings(folder);
    expect(before.status).toBe(1);
    expect(before.found).toEqual([`${join(folder, 'src/components/Cart.js')}:5 cookie-ledger/no-undeclared-cookie`]);
    expect(before.stderr).toContain('checked against config/cookie-policy.ts.');
    expect(JSON.parse(cookieLedger(['docs', '--format', 'json'], folder).stdout)).toMatchObject({ cookies: [{ name: 'sessionid' }] });
    // Its purpose and category are TODOs: added, listed, exit 1.
    expect(cookieLedger(['add', 'cart'], folder)).toMatchObject({ status: 1, stdout: expect.stringContaining('Added "cart" to config/cookie-policy.ts') as string });
    expect(declaredNames(join(folder, 'config/cookie-policy.ts'))).toEqual(['sessionid', 'cart']);
    expect(existsSync(join(folder, 'src/cookies.ts'))).toBe(false);
  });
});

describe('from a subfolder', () => {
  it('check, docs and add find the same policy as from the project folder, named by the setting or in a default place', () => {
    const named = projectWithSetting('./config/cookie-policy.ts', { 'config/cookie-policy.ts': POLICY });
    const placed = writeProject(scratch, { 'package.json': '{}', 'src/cookies.ts': POLICY, 'src/components/Cart.js': APP, 'src/server/login.js': "import Cookies from 'js-cookie';\nCookies.set('sessionid', 'k');\n" });
    for (const folder of [named, placed]) {
      const components = join(folder, 'src/components');
      const fromRoot = findings(folder);
      expect(fromRoot.found).toHaveLength(1);
      expect(findings(components)).toEqual(fromRoot);
      expect(cookieLedger(['docs'], components)).toEqual(cookieLedger(['docs'], folder));
    }
    const { status, stdout } = cookieLedger(['add', 'cart', '--category', 'necessary', '--purpose', 'To keep the basket'], join(placed, 'src/components'));
    expect({ status, stdout }).toMatchObject({ status: 0, stdout: expect.stringContaining('Added "cart" to ../cookies.ts') as string });
    expect(declaredNames(join(placed, 'src/cookies.ts'))).toEqual(['sessionid', 'cart']);
    expect(findings(join(placed, 'src/components')).status).toBe(0);
  });
});

describe('cookie-ledger init', () => {
  const refusal = (existing: string) =>
    `cookie-ledger: ${existing} already exists, and init never overwrites a policy. Add declarations to it with \`cookie-ledger add NAME...\`, ` +
    'or pass --policy FILE to write another policy on purpose (for a package with a policy of its own).\n';

  it('refuses, naming the policy, when the project has one above the current folder', () => {
    const folder = writeProject(scratch, { 'package.json': '{}', 'src/cookies.ts': POLICY, 'src/components/Cart.js': APP });
    expect(cookieLedger(['init'], join(folder, 'src/components'))).toEqual({ status: 2, stdout: '', stderr: refusal('../cookies.ts') });
    expect(existsSync(join(folder, 'src/components/src'))).toBe(false);
  });

  it('refuses in a monorepo package when the repository holds the policy, unless --policy names another file', () => {
    const folder = writeProject(scratch, { 'package.json': '{ "private": true }', 'cookies.ts': POLICY, 'packages/web/package.json': '{}', 'packages/web/src/Cart.js': APP });
    const web = join(folder, 'packages/web');
    expect(cookieLedger(['init'], web)).toEqual({ status: 2, stdout: '', stderr: refusal('../../cookies.ts') });
    expect(existsSync(join(web, 'src/cookies.ts'))).toBe(false);
    // The policy it writes has TODOs (the owner, a purpose, a category): written, listed, exit 1.
    expect(cookieLedger(['init', '--policy', 'src/cookies.ts'], web).status).toBe(1);
    expect(declaredNames(join(web, 'src/cookies.ts')).sort()).toEqual(['cart', 'sessionid']);
  });

  it("refuses when the ESLint config's setting names an existing policy, and writes the file it names when missing", () => {
    const named = projectWithSetting('./config/cookie-policy.ts', { 'config/cookie-policy.ts': POLICY });
    const { status, stderr } = cookieLedger(['init'], join(named, 'src/components'));
    expect(status).toBe(2);
    expect(stderr).toContain("cookie-ledger: ../../config/cookie-policy.ts already exists (the file settings['cookie-ledger'].policy names in the ESLint config), and init never overwrites a policy.");
    expect(existsSync(join(named, 'src/cookies.ts'))).toBe(false);

    const unwritten = projectWithSetting('./config/cookie-policy.ts', {});
    mkdirSync(join(unwritten, 'config'));
    expect(cookieLedger(['init'], unwritten)).toMatchObject({ status: 1, stdout: expect.stringContaining('Wrote config/cookie-policy.ts: 2 declarations') as string });
    expect(readFileSync(join(unwritten, 'config/cookie-policy.ts'), 'utf8')).toContain("name: 'cart'");
  });
});
