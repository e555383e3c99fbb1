import { linkSync, mkdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function temporaryBeside(filePath: string): string {
  return join(dirname(filePath), `.${basename(filePath)}.${process.pid}.tmp`);
}

/** Replaces a file in one rename (never half-written), keeping its permissions. */
export function writeFileAtomic(filePath: string, text: string): void {
  const temporary = temporaryBeside(filePath);
  const mode = statSync(filePath, { throwIfNoEntry: false })?.mode;
  writeFileSync(temporary, text, mode === undefined ? undefined : { mode });
  renameSync(temporary, filePath);
}

/**
 * Creates a file whole, or not at all: written beside the target, then hard-linked into place,
 * which fails when the target exists, so an existing file is never overwritten.
 * @throws the `EEXIST` error of the link when the target exists.
 */
export function createFileAtomic(filePath: string, text: string): void {
  mkdirSync(dirname(filePath), { recursive: true });
  const temporary = temporaryBeside(filePath);
  writeFileSync(temporary, text);
  try {
    linkSync(temporary, filePath);
  } finally {
    unlinkSync(temporary);
  }
}
