import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearPolicyCache, loadPolicy } from '../src/index.js';
import { catchLoadError } from './catchLoadError.js';
import { necessary, writeFile, writeProject } from './writeProject.js';

const HEADER = "import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';\n";
const POLICY = `${HEADER}import { session } from './session';\nexport default defineCookiePolicy({ owner: 'Acme', cookies: [session] });`;

describe('loadPolicy caches per process and reads again after a change', () => {
  it('returns the same loaded policy while no file it read changed', () => {
    const root = writeProject({ 'cookies.ts': POLICY, 'session.ts': `${HEADER}export const session = ${necessary('sessionid')};` });
    const first = loadPolicy('cookies.ts', { cwd: root });
    expect(loadPolicy(join(root, 'cookies.ts'))).toBe(first);
    expect(first.files).toEqual([join(root, 'cookies.ts'), join(root, 'session.ts')]);
  });

  it('picks up an edit of an imported module, and keeps the new result', () => {
    const root = writeProject({ 'cookies.ts': POLICY, 'session.ts': `${HEADER}export const session = ${necessary('sessionid')};` });
    const first = loadPolicy('cookies.ts', { cwd: root });
    writeFile(root, 'session.ts', `${HEADER}export const session = ${necessary('session_renamed')};`);
    const second = loadPolicy('cookies.ts', { cwd: root });

    expect(second).not.toBe(first);
    expect(second.policy.cookies[0]!.name).toBe('session_renamed');
    expect(loadPolicy('cookies.ts', { cwd: root })).toBe(second);
  });

  it('keeps throwing the same error until the broken file is fixed', () => {
    const root = writeProject({ 'cookies.ts': POLICY, 'session.ts': `${HEADER}export const session = defineCookie({ name: 'sessionid' });` });
    const failure = catchLoadError(() => loadPolicy('cookies.ts', { cwd: root }));
    expect(failure.problems.map((problem) => problem.code)).toEqual(['missing-category', 'missing-purpose']);
    expect(catchLoadError(() => loadPolicy('cookies.ts', { cwd: root }))).toBe(failure);

    writeFile(root, 'session.ts', `${HEADER}export const session = ${necessary('sessionid')};`);
    expect(loadPolicy('cookies.ts', { cwd: root }).policy.cookies).toHaveLength(1);
  });

  it('notices when a module it looked for and did not find is created, or when a module disappears', () => {
    const root = writeProject({ 'cookies.ts': POLICY });
    expect(catchLoadError(() => loadPolicy('cookies.ts', { cwd: root })).problems[0]!.code).toBe('unresolved-import');

    writeFile(root, 'session.ts', `${HEADER}export const session = ${necessary('sessionid')};`);
    expect(loadPolicy('cookies.ts', { cwd: root }).policy.cookies[0]!.name).toBe('sessionid');

    rmSync(join(root, 'session.ts'));
    expect(catchLoadError(() => loadPolicy('cookies.ts', { cwd: root })).problems[0]!.code).toBe('unresolved-import');
  });

  it('reads everything again after clearPolicyCache()', () => {
    const root = writeProject({ 'cookies.ts': POLICY, 'session.ts': `${HEADER}export const session = ${necessary('sessionid')};` });
    const first = loadPolicy('cookies.ts', { cwd: root });
    clearPolicyCache();
    const second = loadPolicy('cookies.ts', { cwd: root });
    expect(second).not.toBe(first);
    expect(second.policy.cookies).toEqual(first.policy.cookies);
  });
});
