import { statSync } from 'node:fs';

/** What a file looked like when it was read: modification time, size and inode; `null` when it did not exist. */
export type FileSignature = string | null;

/** The signature of a file now: one `stat`, no read. A directory, or a path through a file, is no file. */
export function getFileSignature(path: string): FileSignature {
  let stats;
  try {
    stats = statSync(path, { bigint: true, throwIfNoEntry: false });
  } catch {
    // ENOTDIR (`package.json/index.ts`), EACCES, ENAMETOOLONG: nothing readable there.
    return null;
  }
  return stats?.isFile() ? `${stats.mtimeNs}:${stats.size}:${stats.ino}` : null;
}

/**
 * Every file one load looked at, with its signature: files read, and files looked for but missing
 * (creating one of them can change the result, so it invalidates the cache too).
 */
export class ReadLog {
  readonly signatures = new Map<string, FileSignature>();

  /** Records a file and returns its signature. */
  look(path: string): FileSignature {
    const known = this.signatures.get(path);
    if (known !== undefined) return known;
    const signature = getFileSignature(path);
    this.signatures.set(path, signature);
    return signature;
  }

  /** The files that existed, in the order they were first read. */
  get existingFiles(): string[] {
    return [...this.signatures].filter(([, signature]) => signature !== null).map(([path]) => path);
  }

  /** Whether any recorded file changed, appeared or disappeared since it was recorded. */
  hasChanged(): boolean {
    return hasAnyChanged(this.signatures);
  }
}

/** Whether a file changed, appeared or disappeared since its signature was taken: one stat per file. */
export function hasAnyChanged(signatures: ReadonlyMap<string, FileSignature>): boolean {
  for (const [path, signature] of signatures) if (getFileSignature(path) !== signature) return true;
  return false;
}
