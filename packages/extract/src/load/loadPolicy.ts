import { resolve } from 'node:path';
import { PolicyLoadError } from '../PolicyLoadError.js';
import { ReadLog } from '../project/ReadLog.js';
import { SourceFileStore } from '../project/SourceFileStore.js';
import type { LoadPolicyOptions, LoadedPolicy } from '../types.js';
import { readPolicy } from './readPolicy.js';

interface CacheEntry {
  readonly log: ReadLog;
  readonly result: LoadedPolicy | PolicyLoadError;
}

// One per process: ESLint asks for the policy once per linted file, and an editor keeps it running.
const store = new SourceFileStore();
const cache = new Map<string, CacheEntry>();

/**
 * Reads the policy module `file` (whose default export is `defineCookiePolicy({...})`) without
 * running it, and returns the policy core builds from it, with the source location and JSDoc of
 * every declaration.
 *
 * Synchronous, for ESLint rules. Cached per process: a later call only stats the files the last
 * load read (and the files it looked for and did not find), and reads again when one changed.
 *
 * @throws {PolicyLoadError} with every problem at once: what cannot be evaluated statically,
 * syntax errors, a missing file or default export, and core's validation problems, each at its
 * file, line and column. A policy that fails keeps failing from the cache until a file changes.
 *
 * @example
 * const { policy, declarations } = loadPolicy('src/cookies.ts', { cwd: projectDir });
 * for (const { cookie, location } of declarations) console.log(cookie.name, `${location.file}:${location.line}`);
 */
export function loadPolicy(file: string, options: LoadPolicyOptions = {}): LoadedPolicy {
  const path = resolve(options.cwd ?? process.cwd(), file);
  let entry = cache.get(path);
  if (!entry || entry.log.hasChanged()) {
    const log = new ReadLog();
    entry = { log, result: readOrError(path, log) };
    cache.set(path, entry);
  }
  if (entry.result instanceof PolicyLoadError) throw entry.result;
  return entry.result;
}

/** Forgets every loaded policy and parsed file; the next `loadPolicy` reads from disk again. */
export function clearPolicyCache(): void {
  cache.clear();
  store.clear();
}

/** The parsed-file store the loads share, so that `findDeclarations` reuses files already parsed. */
export function getSharedStore(): SourceFileStore {
  return store;
}

function readOrError(path: string, log: ReadLog): LoadedPolicy | PolicyLoadError {
  try {
    return readPolicy(path, store, log);
  } catch (error) {
    if (error instanceof PolicyLoadError) return error;
    throw error;
  }
}
