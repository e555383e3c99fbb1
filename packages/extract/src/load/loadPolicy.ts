import { resolve } from 'node:path';
import { PolicyLoadError } from '../PolicyLoadError.js';
import { ReadLog } from '../project/ReadLog.js';
import { SourceFileStore } from '../project/SourceFileStore.js';
import type { LoadPolicyOptions, LoadedPolicy } from '../types.js';
import type { CookiePolicyInput } from '@cookie-ledger/core';
import { readPolicy } from './readPolicy.js';

/** One load: what it read, and its policy (with the input core built it from) or its problems. */
export interface PolicyRecord {
  readonly log: ReadLog;
  readonly result: { readonly loaded: LoadedPolicy; readonly input: CookiePolicyInput } | PolicyLoadError;
}

// One per process: ESLint asks for the policy once per linted file, and an editor keeps it running.
const store = new SourceFileStore();
const cache = new Map<string, PolicyRecord>();

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
  const { result } = loadPolicyRecord(resolve(options.cwd ?? process.cwd(), file));
  if (result instanceof PolicyLoadError) throw result;
  return result.loaded;
}

/** The cached load of the policy at the absolute `path` (read again when a file it read changed), with what it read. */
export function loadPolicyRecord(path: string): PolicyRecord {
  let entry = cache.get(path);
  if (!entry || entry.log.hasChanged()) {
    const log = new ReadLog();
    entry = { log, result: readOrError(path, log) };
    cache.set(path, entry);
  }
  return entry;
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

function readOrError(path: string, log: ReadLog): PolicyRecord['result'] {
  try {
    return readPolicy(path, store, log);
  } catch (error) {
    if (error instanceof PolicyLoadError) return error;
    throw error;
  }
}
