import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy, PolicyLoadError, type ExtractProblem } from '../src/index.js';
import { catchLoadError } from './catchLoadError.js';
import { necessary, writeProject } from './writeProject.js';

const HEADER = "import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';\n";

/** The problems loading `cookies.ts` of a fresh project throws, as `code line:column`. */
function problemsOf(files: Record<string, string>): { root: string; problems: readonly ExtractProblem[]; summary: string[] } {
  const root = writeProject(files);
  try {
    loadPolicy('cookies.ts', { cwd: root });
  } catch (error) {
    if (!(error instanceof PolicyLoadError)) throw error;
    const summary = error.problems.map(({ code, location }) => `${code} ${location.file.slice(root.length + 1)}:${location.line}:${location.column}`);
    return { root, problems: error.problems, summary };
  }
  throw new Error('The policy loaded without problems.');
}

/** A policy module whose cookies list is `cookies`. */
const policyOf = (cookies: string, before = '') => `${HEADER}${before}\nexport default defineCookiePolicy({ owner: 'Acme', cookies: [${cookies}] });`;

describe('loadPolicy reports what it cannot evaluate, where it is', () => {
  it('reports a call, process.env and a template with a run-time part, all at once', () => {
    const source = policyOf(
      `defineCookie({ name: makeName(), category: 'necessary', purpose: 'a' }),
  defineCookie({ name: process.env.COOKIE_NAME, category: 'necessary', purpose: 'b' }),
  defineCookie({ name: \`id_\${Math.random()}\`, category: 'necessary', purpose: 'c' })`,
      'function makeName() { return "x"; }',
    );
    const { summary, problems } = problemsOf({ 'cookies.ts': source });
    expect(summary).toEqual([
      `unsupported-call cookies.ts:${pos(source, 'makeName()', 'cookies:')}`,
      `runtime-value cookies.ts:${pos(source, 'process.env')}`,
      `runtime-value cookies.ts:${pos(source, 'Math.random()')}`,
    ]);
    expect(problems[0]!.message).toContain('`makeName()` is a call');
    expect(problems[1]!.message).toContain('`process.env.COOKIE_NAME` is only known when the app runs');
  });

  it('reports a list built in a loop, a let, a function used as a value, a call and an unknown identifier', () => {
    const source = `${HEADER}const list = [];
for (const name of ['a', 'b']) list.push(defineCookie({ name, category: 'necessary', purpose: 'p' }));
let owner = 'Acme';
const make = (name: string) => defineCookie({ name, category: 'necessary', purpose: 'p' });
function site() { return 'https://acme.test'; }
export default defineCookiePolicy({ owner, site, cookies: [...list, make('y'), ${necessary('x', ', provider: vendor')}] });`;
    const { summary, problems } = problemsOf({ 'cookies.ts': source });
    expect(summary).toEqual([
      `mutated-value cookies.ts:${pos(source, 'list.push')}`,
      `not-const cookies.ts:${pos(source, 'owner')}`,
      `runtime-binding cookies.ts:${pos(source, 'site,')}`,
      `unsupported-call cookies.ts:${pos(source, "make('y')")}`,
      `unknown-identifier cookies.ts:${pos(source, 'vendor')}`,
    ]);
    expect(problems[0]!.message).toContain('`list` is changed after it is declared (line 3: `list.push(defineCookie(');
  });

  it('ignores code the policy does not use, and reports an immediately called function', () => {
    const source = `${HEADER}const declarations = [${necessary('a')}];
for (const item of declarations) {
  const copy = [item];
}
function site(url: string) {
  const cookies = [defineCookie({ name: url, category: 'necessary', purpose: 'p' })];
}
export default defineCookiePolicy({ owner: 'Acme', cookies: [] });`;
    const root = writeProject({ 'cookies.ts': source });
    // Reached only through a const that is never used, so the policy itself is fine.
    expect(loadPolicy('cookies.ts', { cwd: root }).policy.cookies).toEqual([]);

    const iife = `${HEADER}export default defineCookiePolicy({ owner: 'Acme', cookies: [] satisfies unknown[] as never, site: (() => 'x')() });`;
    const { summary, problems } = problemsOf({ 'cookies.ts': iife });
    expect(summary).toEqual([`unsupported-call cookies.ts:${pos(iife, "(() => 'x')()")}`]);
    expect(problems[0]!.message).toContain("only `defineCookie` and `defineCookiePolicy` from '@cookie-ledger/core' are understood");
  });

  it("maps core's validation problems to the field, or to the declaration missing it, in the file that writes it", () => {
    const source = policyOf(`session, defineCookie({ name: 'sessionid', category: 'necessary', purpose: 'again' }), stats`, "import { session, stats } from './declarations';");
    const declarations = `${HEADER}export const session = ${necessary('sessionid')};
export const stats = defineCookie({
  name: '_ga_*',
  category: 'statistics',
  purpose: 'Audience',
});`;
    const { summary, problems, root } = problemsOf({ 'cookies.ts': source, 'declarations.ts': declarations });
    expect(summary).toEqual([
      `duplicate-name cookies.ts:${pos(source, "name: 'sessionid'")}`,
      `missing-provider declarations.ts:${pos(declarations, 'defineCookie({\n')}`,
      `missing-duration declarations.ts:${pos(declarations, 'defineCookie({\n')}`,
    ]);
    expect(problems[0]).toMatchObject({ path: 'cookies[1].name', location: { file: join(root, 'cookies.ts') } });
    expect(problems[2]!.message).toContain('has no duration');
  });

  it("reports core's problems of the declarations it could read together with what it could not evaluate", () => {
    const source = `${HEADER}import { extra } from './extra';
export default defineCookiePolicy({
  owner: 'Acme',
  cookies: [
    defineCookie({ name: 'a', category: 'statistics', purpose: 'p', duration: process.env.TTL }),
    defineCookie({ name: 'b', category: 'statistics', purpose: 'p' }),
    ...extra,
  ],
});`;
    const { summary } = problemsOf({ 'cookies.ts': source, 'extra.ts': 'export const extra = [1].map(String);' });
    // Declaration `a` has an unknown duration: its own problems would be guesses, so only `b` is checked.
    expect(summary).toEqual([
      `runtime-value cookies.ts:${pos(source, 'process.env.TTL')}`,
      `missing-provider cookies.ts:${pos(source, "defineCookie({ name: 'b'")}`,
      `missing-duration cookies.ts:${pos(source, "defineCookie({ name: 'b'")}`,
      'unsupported-call extra.ts:1:22',
    ]);
  });

  it('reports every problem on one line each, `file:line:column: message`', () => {
    const root = writeProject({ 'cookies.ts': policyOf(`defineCookie({ name: '*', category: 'tasty', purpose: 'p' })`) });
    const error = catchLoadError(() => loadPolicy(join(root, 'cookies.ts')));
    const lines = error.message.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${escape(join(root, 'cookies.ts'))}:3:\\d+: .*named \`\\*\``));
    expect(lines[1]).toMatch(/:3:\d+: .*unknown category "tasty"/);
  });
});

describe('PolicyLoadError.evaluated', () => {
  it('holds the evaluated input when only core validation failed, so that editing tools can still match names', () => {
    const root = writeProject({ 'cookies.ts': policyOf(`defineCookie({ name: 'sessionid', category: 'necessary', purpose: '' }), ${necessary('_ga_*')}`) });
    const error = catchLoadError(() => loadPolicy('cookies.ts', { cwd: root }));
    expect(error.problems.map((problem) => problem.code)).toEqual(['invalid-text']);
    expect(error.evaluated?.cookies.map((cookie) => cookie.name)).toEqual(['sessionid', '_ga_*']);
  });

  it('is undefined when a value could not be evaluated, or a declaration has no usable name', () => {
    const unreadable = writeProject({ 'cookies.ts': policyOf(necessary('a', ', provider: makeProvider()')) });
    expect(catchLoadError(() => loadPolicy('cookies.ts', { cwd: unreadable })).evaluated).toBeUndefined();
    const unnamed = writeProject({ 'cookies.ts': policyOf("defineCookie({ category: 'necessary', purpose: 'p' })") });
    expect(catchLoadError(() => loadPolicy('cookies.ts', { cwd: unnamed })).evaluated).toBeUndefined();
  });
});

describe('loadPolicy reports a module it cannot read as one clear problem', () => {
  it('a missing file', () => {
    const root = writeProject({});
    const error = catchLoadError(() => loadPolicy('src/cookies.ts', { cwd: root }));
    expect(error.problems).toEqual([
      expect.objectContaining({ code: 'file-not-found', location: { file: join(root, 'src/cookies.ts'), line: 1, column: 1 } }),
    ]);
    expect(error.message).toContain('does not exist');
  });

  it('a module without a default export', () => {
    expect(problemsOf({ 'cookies.ts': `${HEADER}export const policy = 1;` }).summary).toEqual(['missing-default-export cookies.ts:1:1']);
  });

  it('a default export that is not defineCookiePolicy(...)', () => {
    const { summary, problems } = problemsOf({ 'cookies.ts': `${HEADER}\nexport default { owner: 'Acme', cookies: [] };` });
    expect(summary).toEqual(['default-export-not-policy cookies.ts:3:16']);
    expect(problems[0]!.message).toContain("`{ owner: 'Acme', cookies: [] }` is not a `defineCookiePolicy({...})` call");
  });

  it('a syntax error, in the policy or in a module it imports', () => {
    const source = `${HEADER}export default defineCookiePolicy({ owner: 'Acme', cookies: [ });`;
    expect(problemsOf({ 'cookies.ts': source }).summary).toEqual([`syntax-error cookies.ts:${pos(source, '}', 'cookies: [')}`]);
    expect(problemsOf({ 'cookies.ts': policyOf('a', "import { a } from './a';"), 'a.ts': `${HEADER}export const a = ${necessary('a')}\n}` }).summary).toContain(
      'syntax-error a.ts:3:1',
    );
  });

  it('an import that resolves to nothing (even through a file or to a directory), or to a package', () => {
    const { summary, problems } = problemsOf({
      'cookies.ts': policyOf(
        'a, b, c, d',
        "import { a } from './missing.js';\nimport { b } from 'some-package';\nimport { c } from './data.json/c';\nimport { d } from './folder.ts';",
      ),
      'data.json': '{}',
      'folder.ts/readme.md': 'A directory whose name looks like a module.',
    });
    expect(summary).toEqual([
      'unresolved-import cookies.ts:2:10',
      'package-import cookies.ts:3:10',
      'unresolved-import cookies.ts:4:10',
      'unresolved-import cookies.ts:5:10',
    ]);
    expect(problems[0]!.message).toContain("Cannot find the module './missing.js'");
  });
});


/** Where `needle` first appears in `text` (after `after`, if given), as `line:column`. */
function pos(text: string, needle: string, after = ''): string {
  const index = text.indexOf(needle, after === '' ? 0 : text.indexOf(after) + after.length);
  if (index === -1) throw new Error(`${needle} is not in the fixture`);
  const before = text.slice(0, index).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
