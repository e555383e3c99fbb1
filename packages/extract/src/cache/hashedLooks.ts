import { readFileSync } from 'node:fs';
import { type FileSignature, getFileSignature } from '../project/ReadLog.js';
import { hashText } from './cacheFile.js';

/** A file a cached answer depends on, with a hash of its content, or null when it was looked for and missing. */
export type HashedLook = readonly [path: string, hash: string | null];

/**
 * The files an answer was computed from (`signatures`: each file's stat when it was read, null
 * for a missing one), with the hash of each one's content, for a cache on disk. Undefined when a
 * file changed since it was read: its new content would be paired with the old answer.
 */
export function hashLooks(signatures: ReadonlyMap<string, FileSignature>): HashedLook[] | undefined {
  const looks: HashedLook[] = [];
  for (const [path, signature] of signatures) {
    if (signature === null) {
      looks.push([path, null]);
      continue;
    }
    const hash = hashFile(path);
    if (hash === undefined || getFileSignature(path) !== signature) return undefined;
    looks.push([path, hash]);
  }
  return looks;
}

/**
 * Whether a cached answer still holds: every file it was computed from has the same content (by
 * hash, so a checkout or a copy that only touched the times keeps it) and every file it looked
 * for is still missing. Returns the files' signatures now (for cheap checks later in the same
 * process), or undefined when one changed.
 */
export function checkLooks(looks: readonly HashedLook[]): Map<string, FileSignature> | undefined {
  const signatures = new Map<string, FileSignature>();
  for (const [path, hash] of looks) {
    const signature = getFileSignature(path);
    if ((signature === null) !== (hash === null)) return undefined;
    if (hash !== null && hashFile(path) !== hash) return undefined;
    signatures.set(path, signature);
  }
  return signatures;
}

function hashFile(path: string): string | undefined {
  try {
    return hashText(readFileSync(path));
  } catch {
    return undefined;
  }
}
