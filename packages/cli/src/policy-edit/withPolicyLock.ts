import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError } from '../errors.js';
import { removeStaleTemporaries } from './writeFiles.js';

/** How long one holder may keep the lock before a waiting command gives up (it is held for a read and a write). */
export const LOCK_TIMEOUT_MS = 60_000;
// A lock file seen empty or unreadable for this long was left by a process killed while creating it.
const UNREADABLE_GRACE_MS = 5_000;

/** What a lock file says about the command holding it. */
interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
  readonly since: string;
  readonly token: string;
}

/** Who takes the lock, and how long to wait for it. */
export interface LockOptions {
  /** The command taking it (`add`), named to whoever waits for it. */
  readonly command: string;
  /** The directory paths in messages are relative to. */
  readonly cwd: string;
  /** How long one holder may keep it before the wait ends in an error; default {@link LOCK_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
}

/** The locks this process holds, so that a lock naming this pid but none of these is known to be stale. */
const held = new Set<string>();

/** The lock file of a policy: beside it, hidden, named after it (`src/.cookies.ts.lock`). */
export function getLockFile(policyFile: string): string {
  return join(dirname(policyFile), `.${basename(policyFile)}.lock`);
}

/**
 * Runs `action` while this process alone may write `policyFile`: every `add` and `init` takes the
 * lock, reads the policy and writes it under it, so that no declaration one of them adds is lost
 * to another's write. A lock left by a process that no longer runs (killed) is taken over; a lock
 * held by a running process is waited for, and after `timeoutMs` with the same holder the wait
 * ends in a {@link ConfigError} saying who holds it and how to clear it. Temporary files left
 * beside the policy by killed writers are removed once the lock is taken.
 */
export async function withPolicyLock<T>(policyFile: string, options: LockOptions, action: () => T | Promise<T>): Promise<T> {
  const { command, cwd, timeoutMs = LOCK_TIMEOUT_MS } = options;
  const lockFile = getLockFile(policyFile);
  mkdirSync(dirname(lockFile), { recursive: true });
  const holder: Holder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString(), token: randomUUID() };
  let waited: { readonly text: string; readonly since: number } | undefined;
  while (!tryCreateOrExplain(lockFile, holder, cwd)) {
    const text = readLock(lockFile);
    if (text === undefined) continue;
    const other = parseHolder(text);
    if (isStale(lockFile, other)) {
      breakLock(lockFile, text);
      continue;
    }
    if (waited?.text !== text) waited = { text, since: Date.now() };
    else if (Date.now() - waited.since > timeoutMs) throw lockedError({ policyFile, lockFile, holder: other, timeoutMs, cwd });
    await sleep(40 + Math.random() * 80);
  }
  held.add(holder.token);
  try {
    removeStaleTemporaries(policyFile);
    return await action();
  } finally {
    held.delete(holder.token);
    rmSync(lockFile, { force: true });
  }
}

/** {@link tryCreate}, with a folder that cannot hold the lock (read-only, not ours) said as a configuration error. */
function tryCreateOrExplain(lockFile: string, holder: Holder, cwd: string): boolean {
  try {
    return tryCreate(lockFile, holder);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw error;
    const where = relative(cwd, dirname(lockFile)) || '.';
    throw new ConfigError(`Cannot write in ${where}, where the policy and its lock file live (${message}). Make the folder writable, and run the command again.`, { cause: error });
  }
}

/** Creates the lock with this process's details; false when another process holds it. */
function tryCreate(lockFile: string, holder: Holder): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readLock(lockFile: string): string | undefined {
  try {
    return readFileSync(lockFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): Holder | undefined {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string' ? (value as Holder) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the holder is gone: a process of this machine that no longer runs (or this process,
 * which holds no such lock: a killed run whose pid came back). A lock being written is not stale
 * until it has stayed unreadable for a while; a holder on another machine is never judged.
 */
function isStale(lockFile: string, holder: Holder | undefined): boolean {
  if (holder === undefined) {
    const modified = statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs;
    return modified !== undefined && Date.now() - modified > UNREADABLE_GRACE_MS;
  }
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !held.has(holder.token);
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes a stale lock, but only the one judged stale: breakers take turns through a second lock
 * file, and each removes the lock only if it still has the text it judged, so a lock just taken
 * by a live process is never removed in its place.
 */
function breakLock(lockFile: string, staleText: string): void {
  const breaker = `${lockFile}.break`;
  const breakerHolder: Holder = { pid: process.pid, host: hostname(), command: 'break', since: new Date().toISOString(), token: randomUUID() };
  if (!tryCreate(breaker, breakerHolder)) {
    // A breaker killed within its few instructions leaves this file behind; it is then cleared.
    const modified = statSync(breaker, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && Date.now() - modified > UNREADABLE_GRACE_MS) rmSync(breaker, { force: true });
    return;
  }
  try {
    if (readLock(lockFile) === staleText) rmSync(lockFile, { force: true });
  } finally {
    rmSync(breaker, { force: true });
  }
}

interface Wait {
  readonly policyFile: string;
  readonly lockFile: string;
  readonly holder: Holder | undefined;
  readonly timeoutMs: number;
  readonly cwd: string;
}

function lockedError({ policyFile, lockFile, holder, timeoutMs, cwd }: Wait): ConfigError {
  const where = relative(cwd, lockFile) || lockFile;
  const who = holder === undefined ? 'another process' : `\`cookie-ledger ${holder.command}\` (pid ${holder.pid} on ${holder.host}, since ${holder.since})`;
  return new ConfigError(
    `${relative(cwd, policyFile) || policyFile} is being edited by ${who}, and still was after ${Math.round(timeoutMs / 1000)} s, so nothing was written. ` +
      `Run the command again once it has finished; if no cookie-ledger is running, delete ${where} and run it again.`,
  );
}
