import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { getLockFile, withPolicyLock } from './withPolicyLock.js';

const folder = () => mkdtempSync(join(tmpdir(), 'cookie-ledger-lock-'));
const holderText = (pid: number, since = '2026-01-01T00:00:00.000Z') => JSON.stringify({ pid, host: hostname(), command: 'add', since, token: 'other' });

describe('withPolicyLock', () => {
  it('holds a lock file beside the policy while the action runs, and removes it after', async () => {
    const policy = join(folder(), 'cookies.ts');
    const seen = await withPolicyLock(policy, { command: 'add', cwd: tmpdir() }, () => existsSync(getLockFile(policy)));
    expect(seen).toBe(true);
    expect(readdirSync(join(policy, '..'))).toEqual([]);
  });

  it('takes over the lock of a process that no longer runs, and clears its temporary files', async () => {
    const dir = folder();
    const policy = join(dir, 'cookies.ts');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(getLockFile(policy), holderText(dead));
    writeFileSync(join(dir, `.cookies.ts.${dead}.tmp`), 'half');
    writeFileSync(join(dir, '.cookies.ts.notes'), 'not ours');
    expect(await withPolicyLock(policy, { command: 'add', cwd: dir }, () => 'ran')).toBe('ran');
    expect(readdirSync(dir)).toEqual(['.cookies.ts.notes']);
  });

  it('waits for a running holder, then says who holds it and how to clear it', async () => {
    const dir = folder();
    const policy = join(dir, 'cookies.ts');
    writeFileSync(getLockFile(policy), holderText(process.ppid));
    const waited = withPolicyLock(policy, { command: 'add', cwd: dir, timeoutMs: 300 }, () => 'ran');
    await expect(waited).rejects.toThrow(ConfigError);
    await expect(waited).rejects.toThrow(
      `cookies.ts is being edited by \`cookie-ledger add\` (pid ${process.ppid} on ${hostname()}, since 2026-01-01T00:00:00.000Z), and still was after 0 s, so nothing was written. ` +
        'Run the command again once it has finished; if no cookie-ledger is running, delete .cookies.ts.lock and run it again.',
    );
    expect(existsSync(getLockFile(policy))).toBe(true);
  });
});
