import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDeclarations, resolvePolicyPath } from '../src/index.js';
import { writeProject } from './writeProject.js';

describe('findDeclarations', () => {
  it('finds every defineCookie call however it was imported or renamed, with static names', () => {
    const files = {
      'src/a.ts': `import { defineCookie } from '@cookie-ledger/core';
export const a = defineCookie({ name: 'a', category: 'necessary', purpose: 'p' });`,
      'src/b.ts': `import { defineCookie as cookie } from '@cookie-ledger/core';
const PREFIX = '_b_';
export const b = cookie({ name: PREFIX + '*', category: 'necessary', purpose: 'p' });
export const r = cookie({ name: /^r\\d$/, category: 'necessary', purpose: 'p' });`,
      'src/c.ts': `import * as ledger from '@cookie-ledger/core';
export const c = ledger.defineCookie({ name: process.env.NAME!, category: 'necessary', purpose: 'p' });`,
      'src/dsl.ts': `export { defineCookie as declare } from '@cookie-ledger/core';`,
      'src/d.ts': `import { declare } from './dsl.js';
export const d = declare({ name: 'd', category: 'necessary', purpose: 'p' });`,
      'src/e.ts': `// Not the DSL: a local function with the same name.
function defineCookie(value: unknown) { return value; }
export const e = defineCookie({ name: 'e' });`,
      'src/plain.ts': `export const x = 1;`,
    };
    const root = writeProject(files);
    const found = findDeclarations([...Object.keys(files), 'src/missing.ts'].map((file) => join(root, file)));

    expect(found.map(({ file, location, name }) => [file.slice(root.length + 1), location.line, location.column, name])).toEqual([
      ['src/a.ts', 2, 18, 'a'],
      ['src/b.ts', 3, 18, '_b_*'],
      ['src/b.ts', 4, 18, /^r\d$/],
      ['src/c.ts', 2, 18, undefined],
      ['src/d.ts', 2, 18, 'd'],
    ]);
  });
});

describe('resolvePolicyPath', () => {
  it('resolves a configured path, else finds cookies.ts then src/cookies.ts', () => {
    const root = writeProject({ 'src/cookies.ts': '' });
    expect(resolvePolicyPath(root, 'config/policy.ts')).toBe(join(root, 'config/policy.ts'));
    expect(resolvePolicyPath(root)).toBe(join(root, 'src/cookies.ts'));
    expect(resolvePolicyPath(writeProject({ 'cookies.ts': '', 'src/cookies.ts': '' }))).toMatch(/[/\\]cookies\.ts$/);
    expect(resolvePolicyPath(writeProject({}))).toBeUndefined();
  });
});
