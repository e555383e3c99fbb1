// `cookie-ledger add` and `init` run at the same time, and killed half-way: nothing a command
// reports as done is lost, and nothing it leaves beside the policy outlives the next run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createScratch, declaredNames, startCookieLedger, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('add-concurrent');

// 20 CLIs that each load TypeScript, on two shared cores, take minutes, not the usual one.
const MANY_PROCESSES = { timeout: 600_000 };

// What a declaration needs to validate, so that `add` exits 0 (it exits 1 when TODOs remain).
const COMPLETE = ['--category', 'necessary', '--purpose', 'Kept for the test', '--duration', 'session'];

const EMPTY_POLICY = `import { defineCookiePolicy } from '@cookie-ledger/core';
export default defineCookiePolicy({
  owner: 'Acme',
  cookies: [],
});
`;

/** Everything in the policy's folder besides the policy: what a user would see in `git status`. */
const leftovers = (project: string) => readdirSync(project).filter((entry) => entry !== 'cookies.ts');

/** A pid no process has any more. */
function deadPid(): number {
  const { pid } = spawnSync(process.execPath, ['-e', '']);
  return pid!;
}

describe('cookie-ledger add, many at once', () => {
  it('keeps every declaration when 20 adds run at the same time', MANY_PROCESSES, async () => {
    const project = writeProject(scratch, { 'cookies.ts': EMPTY_POLICY });
    const names = Array.from({ length: 20 }, (_, index) => `concurrent_${index}`);
    const runs = await Promise.all(names.map((name) => startCookieLedger(['add', name, ...COMPLETE], project).done));
    for (const [index, run] of runs.entries()) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Added "${names[index]}"`);
    }
    expect(declaredNames(join(project, 'cookies.ts')).sort()).toEqual([...names].sort());
    expect(leftovers(project)).toEqual([]);
  });

  it('loses no add that init races: each add either finds no policy yet or has its name kept', MANY_PROCESSES, async () => {
    const project = writeProject(scratch, {
      'package.json': '{ "name": "race", "type": "module" }',
      'app.js': "document.cookie = 'theme=dark; Max-Age=60';\n",
    });
    const init = startCookieLedger(['init', '--owner', 'Acme'], project);
    const adds: { name: string; run: ReturnType<typeof startCookieLedger> }[] = [];
    for (let index = 0; index < 8; index++) {
      adds.push({ name: `raced_${index}`, run: startCookieLedger(['add', `raced_${index}`, ...COMPLETE], project) });
      await sleep(150);
    }
    // init leaves the category of what it found a TODO, so it exits 1 having written the policy.
    expect((await init.done).status).toBe(1);
    const outcomes = await Promise.all(adds.map(async ({ name, run }) => ({ name, ...(await run.done) })));
    const declared = declaredNames(join(project, 'cookies.ts'));
    expect(declared).toContain('theme');
    for (const { name, status, stdout, stderr } of outcomes) {
      if (status === 0) expect(declared, stdout).toContain(name);
      else expect(stderr).toContain('No cookie policy was found');
    }
    expect(readdirSync(project).filter((entry) => entry.startsWith('.'))).toEqual([]);
  });
});

describe('cookie-ledger add, killed', () => {
  it('leaves the policy whole, and the next run clears what the killed one left', MANY_PROCESSES, async () => {
    const project = writeProject(scratch, { 'cookies.ts': EMPTY_POLICY });
    const { child, done } = startCookieLedger(['add', 'killed_one', ...COMPLETE], project);
    // Killed while it holds the lock, between reading the policy and renaming the new one into place.
    while (!existsSync(join(project, '.cookies.ts.lock'))) {
      if (child.exitCode !== null) throw new Error('add ended before it took the lock');
      await sleep(2);
    }
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    const before = declaredNames(join(project, 'cookies.ts'));
    expect([[], ['killed_one']]).toContainEqual(before);

    // And a temporary file of an earlier killed run, caught before its rename.
    writeFileSync(join(project, `.cookies.ts.${deadPid()}.tmp`), 'half a policy');
    const next = await startCookieLedger(['add', 'after_kill', ...COMPLETE], project).done;
    expect(next.stderr).toBe('');
    expect(next.status).toBe(0);
    expect(declaredNames(join(project, 'cookies.ts'))).toEqual([...before, 'after_kill']);
    expect(leftovers(project)).toEqual([]);
  });
});
