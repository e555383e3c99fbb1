// `cookie-ledger check` end to end: the real binary on small projects written to disk.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, root, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('check');
const project = (files: Record<string, string>) => writeProject(scratch, files);

const POLICY = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const session = defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'Login' });
export const old = defineCookie({ name: 'old_banner', category: 'necessary', purpose: 'A banner that is gone' });
export const consent = defineCookie({ name: 'cmp_choice', category: 'necessary', purpose: 'Consent', setBy: 'third-party-script' });

export default defineCookiePolicy({ owner: 'Acme', cookies: [session, old, consent] });
`;

/** The same policy without the declaration of `old_banner`. */
const POLICY_IN_USE = POLICY.replace(/^export const old = .*\n/m, '').replace(', old', '');

const APP = `import express from 'express';

export const app = express();
app.post('/login', (req, res) => {
  res.cookie('sessionid', 'k', { httpOnly: true });
  res.cookie('cart', '[]');
});
`;

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; line: number; column: number; message: string }[];
}

function findingsOf(folder: string, args: string[] = []): { status: number | null; found: string[]; stderr: string } {
  const { status, stdout, stderr } = cookieLedger(['check', '--format', 'json', ...args], folder);
  const results = JSON.parse(stdout) as JsonResult[];
  const found = results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath.slice(folder.length + 1)}:${message.line}:${message.column} ${message.ruleId}`),
  );
  return { status, found, stderr };
}

describe('cookie-ledger check', () => {
  it('finds undeclared writes and unused declarations, sparing what a third-party script sets', () => {
    const folder = project({ 'src/cookies.ts': POLICY, 'src/server/app.ts': APP });
    const { status, found, stderr } = findingsOf(folder);
    expect(found).toEqual([
      'src/cookies.ts:4:35 cookie-ledger/unused-declaration',
      'src/server/app.ts:6:14 cookie-ledger/no-undeclared-cookie',
    ]);
    expect(status).toBe(1);
    expect(stderr).toBe('cookie-ledger check: 2 problems (2 errors, 0 warnings). 2 files (2 that can set cookies parsed) checked against src/cookies.ts.\n');
  });

  it('follows a declaration imported through a tsconfig paths alias (`@/cookies`): in use, never reported as set by no code', () => {
    const folder = project({
      'tsconfig.json': '{\n  // as create-next-app writes it\n  "compilerOptions": { "paths": { "@/*": ["./src/*"] } },\n}\n',
      'src/cookies.ts': POLICY_IN_USE,
      'src/app/theme.ts': "import { session } from '@/cookies';\n\nexport const remember = (v: string) => document.cookie = `${session.name}=${v}; Path=/`;\n",
      'src/server/login.ts': "import express from 'express';\nimport { consent } from '@/cookies';\n\nexport const app = express();\napp.post('/consent', (req, res) => res.cookie(consent.name, 'yes'));\n",
    });
    const { status, found } = findingsOf(folder);
    expect(found).toEqual([]);
    expect(status).toBe(0);
  });

  it("sees what components store when rendered, a library's and the app's own, where they are rendered", () => {
    const policy = (declarations: string) => `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export const theme = defineCookie({ name: 'ui-theme', storage: 'localStorage', category: 'necessary', purpose: 'The colour scheme' });
${declarations}
export default defineCookiePolicy({ owner: 'Acme', cookies: [theme${declarations ? ', layout' : ''}] });
`;
    const app = {
      'src/Table.tsx': "export function Table({ storageKey }: { storageKey: string }) {\n  const save = (widths: number[]) => localStorage.setItem(`layout:${storageKey}`, JSON.stringify(widths));\n  return <button onClick={() => save([1])} />;\n}\n",
      'src/App.tsx': "import { ThemeProvider } from 'next-themes';\nimport { Table } from './Table';\n\nexport const App = () => (\n  <ThemeProvider storageKey=\"ui-theme\">\n    <Table storageKey=\"orders\" />\n  </ThemeProvider>\n);\n",
    };
    const declared = findingsOf(project({ ...app, 'src/cookies.ts': policy("export const layout = defineCookie({ name: 'layout:*', storage: 'localStorage', category: 'necessary', purpose: 'Column widths' });\n") }));
    expect(declared.found).toEqual([]);
    expect(declared.status).toBe(0);
    // without the pattern: the element that names the key in full, and the component's own write
    expect(findingsOf(project({ ...app, 'src/cookies.ts': policy('') })).found).toEqual([
      'src/App.tsx:6:23 cookie-ledger/no-undeclared-storage',
      'src/Table.tsx:2:59 cookie-ledger/no-undeclared-storage',
    ]);
  });

  it("sees writes made through the app's own helper: its key is in use, and an undeclared one is reported at the call", () => {
    const policy = POLICY_IN_USE.replace(
      'export default',
      "export const layout = defineCookie({ name: 'catalog-view', storage: 'localStorage', category: 'necessary', purpose: 'Layout' });\n\nexport default",
    ).replace('[session, consent]', '[session, consent, layout]');
    const folder = project({
      'src/cookies.ts': policy,
      'src/server/app.ts': APP.replace("  res.cookie('cart', '[]');\n", ''),
      'src/lib/prefs.ts': 'export function writePref(key: string, value: unknown) {\n  localStorage.setItem(key, JSON.stringify(value));\n}\n',
      'src/components/Catalog.ts': "import { writePref } from '../lib/prefs';\n\nwritePref('catalog-view', 'grid');\nwritePref('last-search', 'maps');\n",
    });
    const { status, found } = findingsOf(folder);
    expect(found).toEqual(['src/components/Catalog.ts:4:11 cookie-ledger/no-undeclared-storage']);
    expect(status).toBe(1);
  });

  it('finds a defineCookie that no policy includes', () => {
    const folder = project({
      'cookies.ts': `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';\nexport default defineCookiePolicy({ owner: 'A', cookies: [] });\n`,
      'src/forgotten.ts': `import { defineCookie as cookie } from '@cookie-ledger/core';\n\nexport const lost = cookie({ name: 'lost', category: 'necessary', purpose: 'p' });\n`,
    });
    const { status, stdout } = cookieLedger(['check'], folder);
    expect(status).toBe(1);
    expect(stdout).toMatch(/src\/forgotten\.ts\n {2}3:21 {2}error {2}This declaration of "lost" is in no policy, so nothing checks it and no page shows it\. Add it to the `cookies` of cookies\.ts, or delete it {2}cookie-ledger\/orphan-declaration/);
  });

  it('reports invalid declarations at their place, and says the code was not checked', () => {
    const folder = project({
      'src/cookies.ts': `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';\nexport default defineCookiePolicy({\n  owner: 'A',\n  cookies: [\n    defineCookie({ name: 'ads', category: 'marketing', purpose: 'Ads' }),\n  ],\n});\n`,
      'src/app.ts': APP,
    });
    const { status, found, stderr } = findingsOf(folder);
    expect(found).toEqual(['src/cookies.ts:5:5 cookie-ledger/invalid-declaration', 'src/cookies.ts:5:5 cookie-ledger/invalid-declaration']);
    expect(status).toBe(1);
    expect(stderr).toContain('src/cookies.ts is invalid, so the code was not checked against it');
  });

  it('answers a policy that cannot be read with exit 2 and the place of the problem', () => {
    const folder = project({ 'cookies.ts': `import { defineCookiePolicy } from '@cookie-ledger/core';\nexport default defineCookiePolicy({ owner: process.env.OWNER, cookies: [] });\n` });
    const { status, stdout, stderr } = cookieLedger(['check'], folder);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^cookie-ledger: The policy cannot be read:\n.*cookies\.ts:2:44: `process\.env\.OWNER` is only known when the app runs/);
  });

  it('is clean once add has declared what the code sets', () => {
    const folder = project({ 'src/cookies.ts': POLICY_IN_USE, 'src/server/app.ts': APP });
    expect(cookieLedger(['check', '--quiet'], folder).status).toBe(1);
    expect(cookieLedger(['add', 'cart', '--category', 'necessary', '--purpose', 'To keep the basket between pages'], folder).status).toBe(0);
    const { status, stdout, stderr } = cookieLedger(['check'], folder);
    expect(stdout).toBe('');
    expect(stderr).toBe('cookie-ledger check: no problems. 2 files (2 that can set cookies parsed) checked against src/cookies.ts.\n');
    expect(status).toBe(0);
  });

  it("honours .gitignore files and the project's ESLint ignores", () => {
    const folder = project({
      'src/cookies.ts': POLICY_IN_USE,
      '.gitignore': 'build/\n',
      'build/app.js': "import express from 'express'; express().use((req, res) => res.cookie('built', 1));\n",
      'vendor/.gitignore': 'generated.js\n',
      'vendor/generated.js': "import Cookies from 'js-cookie'; Cookies.set('generated', 1);\n",
      'legacy/app.js': "import Cookies from 'js-cookie'; Cookies.set('legacy', 1);\n",
      'eslint.config.js': "export default [{ ignores: ['legacy/**'] }];\n",
      'src/app.js': "import Cookies from 'js-cookie'; Cookies.set('sessionid', 1); Cookies.set('kept', 1);\n",
    });
    expect(findingsOf(folder).found).toEqual(['src/app.js:1:75 cookie-ledger/no-undeclared-cookie']);
  });

  it('checks only the paths it is given', () => {
    const folder = project({ 'src/cookies.ts': POLICY_IN_USE, 'src/server/app.ts': APP, 'scripts/seed.js': "import Cookies from 'js-cookie'; Cookies.set('seed', 1);\n" });
    expect(findingsOf(folder, ['scripts']).found).toEqual(['scripts/seed.js:1:46 cookie-ledger/no-undeclared-cookie', 'src/cookies.ts:3:39 cookie-ledger/unused-declaration']);
  });

  it('writes SARIF 2.1.0 that the official schema accepts', () => {
    const folder = project({ 'src/cookies.ts': POLICY, 'src/server/app.ts': APP });
    const { stdout } = cookieLedger(['check', '--format', 'sarif'], folder);
    // The validator and the official schema are the CLI package's development dependencies.
    const requireFromCli = createRequire(join(root, 'packages/cli/package.json'));
    const Ajv = requireFromCli('ajv-draft-04') as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
    const schema = JSON.parse(readFileSync(requireFromCli.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ strict: false, unicodeRegExp: false }).compile(schema);
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['cookie-ledger/unused-declaration', 'cookie-ledger/no-undeclared-cookie']);
  });

  it('shows its progress on a terminal, then clears it before the summary', () => {
    const folder = project({ 'src/cookies.ts': POLICY, 'src/server/app.ts': APP });
    // `script` (util-linux) gives the command a pseudo-terminal, as a person's shell would.
    const run = (args: string) => spawnSync('script', ['-qec', `${join(root, 'node_modules/.bin/cookie-ledger')} ${args}`, '/dev/null'], { cwd: folder, encoding: 'utf8' }).stdout;
    const screen = run('check');
    // Each update overwrites the line; the last one is wiped before the report and the summary.
    expect(screen).toContain('\r\u001b[2Kcookie-ledger: checking files 0/2...\r\u001b[2Kcookie-ledger: checking files 2/2...\r\u001b[2K');
    expect(screen).toContain('cookie-ledger check: 2 problems (2 errors, 0 warnings).');
    expect(run('check --quiet')).not.toContain('cookie-ledger: checking files');
  });

  it('shows no progress when stderr is not a terminal, and no summary with --quiet', () => {
    const folder = project({ 'src/cookies.ts': POLICY, 'src/server/app.ts': APP });
    expect(cookieLedger(['check'], folder).stderr).not.toContain('\r');
    expect(cookieLedger(['check', '--quiet'], folder).stderr).toBe('');
  });

  it.each([
    [['check', '--format', 'xml'], /--format "xml" is not one of: stylish, json, sarif/],
    [['check', 'missing-folder'], /missing-folder does not exist/],
  ])('answers %j with a usage error and exit 2', (args, message) => {
    const folder = project({ 'src/cookies.ts': POLICY });
    const { status, stderr } = cookieLedger(args, folder);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });
});
