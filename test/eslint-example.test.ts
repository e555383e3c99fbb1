// End to end: the real `eslint` CLI with the example app's flat config (eslint.config.js using
// @cookie-ledger/eslint-plugin's recommended config) on the example app, and on copies of it
// that set undeclared cookies or storage keys, contradict a declaration, or carry a broken policy.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const example = join(root, 'docs/examples/opendatasoft-portal');
const eslintBin = join(createRequire(join(root, 'package.json')).resolve('eslint/package.json'), '../bin/eslint.js');
// Copies sit at the example's depth, so its tsconfig's `extends` still resolves.
const copies = join(root, 'test-artifacts/examples');

interface LintMessage {
  readonly ruleId: string | null;
  readonly messageId?: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}
interface LintResult {
  readonly filePath: string;
  readonly messages: readonly LintMessage[];
}

async function runEslint(cwd: string, options: readonly string[] = []): Promise<{ code: number; results: LintResult[] }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [eslintBin, '.', '--format', 'json', ...options], { cwd });
    return { code: 0, results: JSON.parse(stdout) as LintResult[] };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    if (!failure.stdout) throw new Error(`eslint exited ${failure.code}: ${failure.stderr}`, { cause: error });
    return { code: failure.code, results: JSON.parse(failure.stdout) as LintResult[] };
  }
}

/** A copy of the example (without dist/) sharing its node_modules. */
function copyExample(name: string): string {
  const copy = join(copies, name);
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const entry of ['src', 'eslint.config.js', 'package.json', 'tsconfig.json']) cpSync(join(example, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(example, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}; update this test`);
  writeFileSync(file, text.replace(from, to));
}

const problemsOf = (results: readonly LintResult[]) =>
  results.flatMap((result) => result.messages.map((message) => ({ file: result.filePath.slice(result.filePath.indexOf('/src/') + 1), ...message })));

afterAll(() => rmSync(copies, { recursive: true, force: true }));

describe('eslint on docs/examples/opendatasoft-portal', () => {
  it('passes: every cookie and storage key the app sets is declared in src/cookies.ts, as declared', async () => {
    const { code, results } = await runEslint(example);
    expect(problemsOf(results)).toEqual([]);
    expect(results.map((result) => result.filePath.slice(example.length + 1)).sort()).toEqual([
      'eslint.config.js',
      'src/browser/catalog-view.ts',
      'src/browser/consent-banner.ts',
      'src/browser/jar.ts',
      'src/cookies.ts',
      'src/server/app.ts',
      'src/server/users.ts',
    ]);
    expect(code).toBe(0);
  });

  it('fails on a copy that sets undeclared cookies and storage keys, reporting each one where it is set', async () => {
    const copy = copyExample('undeclared-cookies');
    edit(join(copy, 'src/server/app.ts'), "app.get('/', (_request, response) => {", "app.get('/', (_request, response) => {\n  response.cookie('ab_test', 'b', { maxAge: ONE_YEAR_MS });");
    // Untyped code (ESLint reads no types) writing an undeclared name through the jar.
    edit(join(copy, 'src/browser/consent-banner.ts'), "  jar.set('cookies_preferences',", "  jar.set('_hjid', '1');\n  jar.set('cookies_preferences',");
    writeFileSync(
      join(copy, 'src/server/session.ts'),
      "import session from 'express-session';\nimport { app } from './app.js';\n\napp.use(session({ secret: 'change me', resave: false, saveUninitialized: false }));\n",
    );
    edit(join(copy, 'src/browser/catalog-view.ts'), "  jar.set('ods-catalog-view', view);", "  jar.set('ods-catalog-view', view);\n  sessionStorage.setItem(`ods-last-view-${Date.now()}`, view);");

    const { code, results } = await runEslint(copy);
    const problems = problemsOf(results).map(({ file, ruleId, messageId, line, column, message }) => ({ file, ruleId, messageId, line, column, name: /`([^`]+)`/.exec(message)?.[1] }));
    expect(problems).toEqual([
      { file: 'src/browser/catalog-view.ts', ruleId: 'cookie-ledger/no-undeclared-storage', messageId: 'undeclaredStoragePattern', line: 9, column: 26, name: 'ods-last-view-…' },
      { file: 'src/browser/consent-banner.ts', ruleId: 'cookie-ledger/no-undeclared-cookie', messageId: 'undeclaredCookie', line: 13, column: 11, name: '_hjid' },
      { file: 'src/server/app.ts', ruleId: 'cookie-ledger/no-undeclared-cookie', messageId: 'undeclaredCookie', line: 56, column: 19, name: 'ab_test' },
      { file: 'src/server/session.ts', ruleId: 'cookie-ledger/no-undeclared-cookie', messageId: 'undeclaredCookie', line: 4, column: 17, name: 'connect.sid' },
    ]);
    expect(problemsOf(results).every(({ message }) => message.includes('src/cookies.ts'))).toBe(true);
    expect(code).toBe(1);
  });

  it('fails on a copy whose writes contradict their declarations, in each library\'s units', async () => {
    const copy = copyExample('attributes-mismatch');
    // csrftoken is declared for 1 year; Express counts maxAge in milliseconds.
    edit(join(copy, 'src/server/app.ts'), '      maxAge: ONE_YEAR_MS,\n      secure: true,', '      maxAge: 2 * ONE_YEAR_MS,\n      secure: true,');
    // sessionid is declared httpOnly.
    edit(join(copy, 'src/server/app.ts'), '    maxAge: TWO_WEEKS_MS,\n    httpOnly: true,', '    maxAge: TWO_WEEKS_MS,\n    httpOnly: false,');

    const { code, results } = await runEslint(copy);
    const problems = problemsOf(results).map(({ file, ruleId, line, column, message }) => ({ file, ruleId, line, column, message: message.split(' in src/cookies.ts')[0] }));
    expect(problems).toEqual([
      { file: 'src/server/app.ts', ruleId: 'cookie-ledger/cookie-attributes-match', line: 17, column: 21, message: 'The cookie `csrftoken` sets 2 years (maxAge); declared 1 year' },
      { file: 'src/server/app.ts', ruleId: 'cookie-ledger/cookie-attributes-match', line: 33, column: 19, message: 'The cookie `sessionid` sets `httpOnly: false`; declared `httpOnly: true`' },
    ]);
    expect(code).toBe(1);
  });

  it('reports a broken policy on each file it keeps from being checked, and in the policy at the problem', async () => {
    const copy = copyExample('broken-policy');
    edit(join(copy, 'src/cookies.ts'), "  purpose: { en: \"To remember the visitor's language\", fr: 'Pour mémoriser la langue du visiteur' },\n", '');

    const { code, results } = await runEslint(copy);
    const problems = problemsOf(results);
    const elsewhere = problems.filter(({ file }) => file !== 'src/cookies.ts');
    expect(elsewhere.length).toBeGreaterThan(1);
    for (const problem of elsewhere) {
      expect(problem).toMatchObject({ ruleId: 'cookie-ledger/no-undeclared-cookie', messageId: 'policyUnreadable', line: 1, column: 1 });
      expect(problem.message).toMatch(/src\/cookies\.ts:24:\d+: "django_language" has no purpose/);
    }
    // one report a file, not one per rule
    expect(new Set(elsewhere.map(({ file }) => file)).size).toBe(elsewhere.length);
    expect(problems.filter(({ file }) => file === 'src/cookies.ts')).toEqual([
      expect.objectContaining({ messageId: 'policyProblem', line: 24, message: expect.stringMatching(/"django_language" has no purpose/) }),
    ]);
    expect(code).toBe(1);
  });

  it('resolves a relative policy setting against the config file\'s folder, whatever folder ESLint runs in', async () => {
    const copy = copyExample('subfolder');
    edit(join(copy, 'eslint.config.js'), '`${import.meta.dirname}/src/cookies.ts`', "'./src/cookies.ts'");
    const { code, results } = await runEslint(join(copy, 'src/server'));
    expect(problemsOf(results)).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
    expect(code).toBe(0);
  });

  it('invalidates `eslint --cache` results when only the policy changes, both ways', async () => {
    const copy = copyExample('cache');
    const cached = ['--cache', '--cache-location', join(copy, '.eslintcache')];
    expect((await runEslint(copy, cached)).code).toBe(0);

    edit(join(copy, 'src/cookies.ts'), "name: 'csrftoken'", "name: 'csrf_token'");
    const undeclared = await runEslint(copy, cached);
    expect(undeclared.code).toBe(1);
    expect(problemsOf(undeclared.results)).toContainEqual(expect.objectContaining({ messageId: 'undeclaredCookie', message: expect.stringContaining('`csrftoken`') }));

    edit(join(copy, 'src/cookies.ts'), "name: 'csrf_token'", "name: 'csrftoken'");
    const declaredAgain = await runEslint(copy, cached);
    expect(problemsOf(declaredAgain.results)).toEqual([]);
    expect(declaredAgain.code).toBe(0);
  });

  it('keeps saying the policy is broken in one long-lived process (an editor) until it is fixed', async () => {
    const copy = copyExample('editor');
    const eslint = new ESLint({ cwd: copy });
    const lint = async (file: string) => (await eslint.lintText(readFileSync(join(copy, file), 'utf8'), { filePath: join(copy, file) }))[0]!.messages;
    const purpose = "  purpose: { en: \"To remember the visitor's language\", fr: 'Pour mémoriser la langue du visiteur' },\n";
    expect(await lint('src/server/app.ts')).toEqual([]);

    edit(join(copy, 'src/cookies.ts'), purpose, '');
    for (let round = 0; round < 3; round++) {
      expect(await lint('src/server/app.ts')).toEqual([expect.objectContaining({ messageId: 'policyUnreadable', line: 1 })]);
    }
    expect(await lint('src/cookies.ts')).toEqual([expect.objectContaining({ messageId: 'policyProblem', line: 24 })]);

    edit(join(copy, 'src/cookies.ts'), "  feature: { en: 'Language selection'", `${purpose}  feature: { en: 'Language selection'`);
    expect(await lint('src/server/app.ts')).toEqual([]);
    expect(await lint('src/cookies.ts')).toEqual([]);
  });

  it('reports a missing policy on each file it keeps from being checked, saying where it was looked for', async () => {
    const copy = copyExample('missing-policy');
    edit(join(copy, 'eslint.config.js'), '/src/cookies.ts', '/src/no-such-policy.ts');

    const { code, results } = await runEslint(copy);
    const problems = problemsOf(results);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.message).toMatch(/no-such-policy\.ts.*does not exist/);
    expect(code).toBe(1);
  });
});
