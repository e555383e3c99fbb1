import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Where an answer about `nearFile` is kept between processes: a file under the nearest
 * `node_modules/.cache/cookie-ledger/` above it (where build tools keep their caches), named by
 * `kind` and a hash of `key`. A Yarn Plug'n'Play project (its `.pnp.cjs`) has no `node_modules`:
 * the folder is made there, as find-cache-dir does for bundlers. Undefined when neither is above
 * the file: then nothing is written.
 */
export function getCacheFile(nearFile: string, kind: string, key: string): string | undefined {
  for (let dir = dirname(nearFile); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules')) || existsSync(join(dir, '.pnp.cjs'))) {
      return join(dir, 'node_modules', '.cache', 'cookie-ledger', `${kind}-${hashText(key).slice(0, 16)}.json`);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The JSON a cache file holds, or undefined when it is missing or damaged. */
export function readCacheFile(cacheFile: string): unknown {
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes a cache file aside and renames it into place, so a reader never sees half a file. */
export function writeCacheFile(cacheFile: string, value: unknown): void {
  // ESLint's workers are threads of one process: each writes its own temporary file.
  const temporary = `${cacheFile}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only or full disk only loses the speed-up.
    rmSync(temporary, { force: true });
  }
}

/** A content hash, for file contents and paths. */
export function hashText(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
