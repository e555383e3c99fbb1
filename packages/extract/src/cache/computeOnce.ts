import { closeSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

// How long a process waits between looks at another one's lock, and when a lock is abandoned
// (its process died or hangs): reading a large policy takes a few seconds at most.
const POLL_MS = 25;
const STALE_MS = 30_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * The cached answer, computed by one process at a time: ESLint's workers all start at once and
 * would otherwise each load the TypeScript compiler to read the same policy. The first process
 * takes a lock beside `cacheFile` and runs `compute` (which writes the cache file); the others
 * wait, synchronously (rules are synchronous), and take `fromCache()` once the lock is gone. When
 * the lock holder wrote nothing usable (the policy has a problem), or no lock can be taken (a
 * read-only disk), a process computes by itself.
 */
export function computeOnce<T>(cacheFile: string, fromCache: () => T | undefined, compute: () => T): T {
  const lock = `${cacheFile}.lock`;
  const taken = tryLock(lock);
  if (taken === 'taken') {
    try {
      return compute();
    } finally {
      rmSync(lock, { force: true });
    }
  }
  if (taken === 'held') {
    while (isLocked(lock)) Atomics.wait(sleeper, 0, 0, POLL_MS);
    const cached = fromCache();
    if (cached !== undefined) return cached;
  }
  // The others read at the same time: one after the other, a broken policy would stall each in turn.
  return compute();
}

function tryLock(lock: string): 'taken' | 'held' | 'unavailable' {
  try {
    mkdirSync(dirname(lock), { recursive: true });
    closeSync(openSync(lock, 'wx'));
    return 'taken';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'held' : 'unavailable';
  }
}

/** Whether another process holds the lock; a lock older than {@link STALE_MS} is removed. */
function isLocked(lock: string): boolean {
  const stats = statSync(lock, { throwIfNoEntry: false });
  if (stats === undefined) return false;
  if (Date.now() - stats.mtimeMs < STALE_MS) return true;
  rmSync(lock, { force: true });
  return false;
}
