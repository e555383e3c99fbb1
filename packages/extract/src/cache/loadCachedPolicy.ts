import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCookiePolicy } from '@cookie-ledger/core';
// Imported statically (a lazy require of our ES modules fails under Yarn PnP); ts-morph itself
// still loads only when the copy on disk cannot answer (project/tsMorph.ts).
import { loadPolicyRecord } from '../load/loadPolicy.js';
import { type FileSignature, getFileSignature } from '../project/ReadLog.js';
import type { LoadPolicyOptions, LoadedPolicy } from '../types.js';
import { getPolicyCacheFile, hashText } from './policyCacheFile.js';
import { CACHE_FORMAT, type SerializedPolicy, decodeInput, encodeInput } from './serializedPolicy.js';

const require = createRequire(import.meta.url);

// What this process answered last, per policy path, and the signatures that answer depends on.
const answered = new Map<string, { readonly signatures: ReadonlyMap<string, FileSignature>; readonly loaded: LoadedPolicy }>();

/**
 * `loadPolicy`, with the extracted policy kept on disk between processes (under the nearest
 * `node_modules/.cache/cookie-ledger/`), so that a new process (an ESLint worker, a CLI run)
 * reads it without loading the TypeScript compiler. The cached copy is used only when every file
 * the last read looked at has the same content (by hash) and every file it looked for and did
 * not find is still missing, for the same version of this package; otherwise the policy is read
 * again and the copy replaced. Within a process, an unchanged policy costs a stat per file.
 * Failed reads are not kept: they throw {@link PolicyLoadError} as `loadPolicy` does.
 */
export function loadCachedPolicy(file: string, options: LoadPolicyOptions = {}): LoadedPolicy {
  const path = resolve(options.cwd ?? process.cwd(), file);
  const last = answered.get(path);
  if (last && !hasChanged(last.signatures)) return last.loaded;
  const cacheFile = getPolicyCacheFile(path);
  const cached = cacheFile === undefined ? undefined : readCache(cacheFile, path);
  if (cached) {
    answered.set(path, cached);
    return cached.loaded;
  }
  const record = loadPolicyRecord(path);
  if (record.result instanceof Error) throw record.result;
  answered.set(path, { signatures: record.log.signatures, loaded: record.result.loaded });
  if (cacheFile !== undefined) writeCache(cacheFile, record.log.signatures, record.result.loaded, record.result.input);
  return record.result.loaded;
}

function hasChanged(signatures: ReadonlyMap<string, FileSignature>): boolean {
  for (const [path, signature] of signatures) if (getFileSignature(path) !== signature) return true;
  return false;
}

function readCache(cacheFile: string, path: string): { signatures: Map<string, FileSignature>; loaded: LoadedPolicy } | undefined {
  let saved: SerializedPolicy;
  try {
    saved = JSON.parse(readFileSync(cacheFile, 'utf8')) as SerializedPolicy;
  } catch {
    return undefined;
  }
  if (saved.format !== CACHE_FORMAT || saved.version !== getVersion() || saved.file !== path) return undefined;
  const signatures = new Map<string, FileSignature>();
  for (const [looked, hash] of saved.looks) {
    const signature = getFileSignature(looked);
    if ((signature === null) !== (hash === null)) return undefined;
    if (hash !== null && hashFile(looked) !== hash) return undefined;
    signatures.set(looked, signature);
  }
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

function writeCache(cacheFile: string, signatures: ReadonlyMap<string, FileSignature>, loaded: LoadedPolicy, input: Parameters<typeof encodeInput>[0]): void {
  const looks: [string, string | null][] = [];
  for (const [looked, signature] of signatures) {
    if (signature === null) {
      looks.push([looked, null]);
      continue;
    }
    const hash = hashFile(looked);
    // A file that changed since it was read would pair its new content with the old policy.
    if (hash === undefined || getFileSignature(looked) !== signature) return;
    looks.push([looked, hash]);
  }
  const saved: SerializedPolicy = {
    format: CACHE_FORMAT,
    version: getVersion(),
    file: loaded.file,
    looks,
    input: encodeInput(input),
    declarations: loaded.declarations.map(({ cookie: _cookie, ...rest }) => rest),
  };
  // Written aside and renamed into place: a reader never sees half a file.
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(temporary, JSON.stringify(saved));
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only or full disk only loses the speed-up.
    rmSync(temporary, { force: true });
  }
}

function hashFile(path: string): string | undefined {
  try {
    return hashText(readFileSync(path));
  } catch {
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
