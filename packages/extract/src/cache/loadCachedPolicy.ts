import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCookiePolicy } from '@cookie-ledger/core';
// Imported statically (a lazy require of our ES modules fails under Yarn PnP); ts-morph itself
// still loads only when the copy on disk cannot answer (project/tsMorph.ts).
import { loadPolicyRecord } from '../load/loadPolicy.js';
import { type FileSignature, hasAnyChanged } from '../project/ReadLog.js';
import type { LoadPolicyOptions, LoadedPolicy } from '../types.js';
import { getCacheFile, readCacheFile, writeCacheFile } from './cacheFile.js';
import { computeOnce } from './computeOnce.js';
import { checkLooks, hashLooks } from './hashedLooks.js';
import { CACHE_FORMAT, type SerializedPolicy, decodeInput, encodeInput } from './serializedPolicy.js';

const require = createRequire(import.meta.url);

/** An answer of this process, and the signatures of the files it depends on. */
interface Answer {
  readonly signatures: ReadonlyMap<string, FileSignature>;
  readonly loaded: LoadedPolicy;
}

// What this process answered last, per policy path.
const answered = new Map<string, Answer>();

/**
 * `loadPolicy`, with the extracted policy kept on disk between processes (under the nearest
 * `node_modules/.cache/cookie-ledger/`), so that a new process (an ESLint worker, a CLI run)
 * reads it without loading the TypeScript compiler. The cached copy is used only when every file
 * the last read looked at has the same content (by hash) and every file it looked for and did
 * not find is still missing, for the same version of this package; otherwise the policy is read
 * again and the copy replaced. Processes that start together (ESLint's workers) read it once:
 * the others wait for the first one's copy. Within a process, an unchanged policy costs a stat
 * per file. Failed reads are not kept: they throw {@link PolicyLoadError} as `loadPolicy` does.
 */
export function loadCachedPolicy(file: string, options: LoadPolicyOptions = {}): LoadedPolicy {
  const path = resolve(options.cwd ?? process.cwd(), file);
  const last = answered.get(path);
  if (last && !hasAnyChanged(last.signatures)) return last.loaded;
  const cacheFile = getCacheFile(path, 'policy', path);
  const answer = cacheFile === undefined ? readSource(path) : (readCache(cacheFile, path) ?? computeOnce(cacheFile, () => readCache(cacheFile, path), () => readSource(path, cacheFile)));
  answered.set(path, answer);
  return answer.loaded;
}

/** Reads the policy from its source (loading ts-morph) and keeps the copy in `cacheFile`. */
function readSource(path: string, cacheFile?: string): Answer {
  const record = loadPolicyRecord(path);
  if (record.result instanceof Error) throw record.result;
  const { loaded, input } = record.result;
  const looks = cacheFile === undefined ? undefined : hashLooks(record.log.signatures);
  if (cacheFile !== undefined && looks !== undefined) {
    const saved: SerializedPolicy = {
      format: CACHE_FORMAT,
      version: getVersion(),
      file: loaded.file,
      looks,
      input: encodeInput(input),
      declarations: loaded.declarations.map(({ cookie: _cookie, ...rest }) => rest),
    };
    writeCacheFile(cacheFile, saved);
  }
  return { signatures: record.log.signatures, loaded };
}

function readCache(cacheFile: string, path: string): Answer | undefined {
  const saved = readCacheFile(cacheFile) as SerializedPolicy | undefined;
  if (saved?.format !== CACHE_FORMAT || saved.version !== getVersion() || saved.file !== path) return undefined;
  const signatures = checkLooks(saved.looks);
  if (signatures === undefined) return undefined;
  try {
    const policy = defineCookiePolicy(decodeInput(saved.input));
    const declarations = policy.cookies.map((cookie, index) => ({ ...saved.declarations[index]!, cookie }));
    const files = saved.looks.filter(([, hash]) => hash !== null).map(([looked]) => looked);
    return { signatures, loaded: { file: path, policy, declarations, files } };
  } catch {
    // A copy that core no longer accepts is read again from the source.
    return undefined;
  }
}

let version: string | undefined;

/**
 * This package's version and the time its reader was built: a copy written by another version,
 * or by an earlier build of the same version (a workspace under development), is not used.
 */
function getVersion(): string {
  if (version === undefined) {
    const { version: published } = require('../../package.json') as { version: string };
    const here = dirname(fileURLToPath(import.meta.url));
    const built = ['load', 'evaluate', 'resolve', 'project', 'problems'].flatMap((folder) => listModified(join(here, '..', folder)));
    version = `${published}+${Math.max(0, ...built)}`;
  }
  return version;
}

function listModified(folder: string): number[] {
  try {
    return readdirSync(folder).map((name) => statSync(join(folder, name)).mtimeMs);
  } catch {
    return [];
  }
}
