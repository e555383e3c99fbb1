import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// `.cookies.ts.<pid>.tmp`: hidden, beside the file (a rename is atomic only within one file system).
const temporaryBeside = (filePath: string): string => join(dirname(filePath), `.${basename(filePath)}.${process.pid}.tmp`);

function isTemporaryOf(filePath: string, entry: string): boolean {
  const prefix = `.${basename(filePath)}.`;
  return entry.startsWith(prefix) && /^\d+\.tmp$/.test(entry.slice(prefix.length));
}

/** Writes `text` to a new file and flushes it to the disk, so that a rename or link of it publishes the whole text. */
function writeDurably(path: string, text: string, mode: number | undefined): void {
  const fd = openSync(path, 'w', mode);
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces a file in one rename (never half-written), keeping its permissions. */
export function writeFileAtomic(filePath: string, text: string): void {
  const temporary = temporaryBeside(filePath);
  const mode = statSync(filePath, { throwIfNoEntry: false })?.mode;
  try {
    writeDurably(temporary, text, mode);
    renameSync(temporary, filePath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Creates a file whole, or not at all: written beside the target, then hard-linked into place,
 * which fails when the target exists, so an existing file is never overwritten.
 * @throws the `EEXIST` error of the link when the target exists.
 */
export function createFileAtomic(filePath: string, text: string): void {
  mkdirSync(dirname(filePath), { recursive: true });
  const temporary = temporaryBeside(filePath);
  try {
    writeDurably(temporary, text, undefined);
    linkSync(temporary, filePath);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Removes the temporary files a writer of `filePath` killed before its rename left beside it.
 * Only safe while holding the file's lock (every writer holds it while its temporary exists).
 */
export function removeStaleTemporaries(filePath: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dirname(filePath));
  } catch {
    return;
  }
  for (const entry of entries) if (isTemporaryOf(filePath, entry)) rmSync(join(dirname(filePath), entry), { force: true });
}
