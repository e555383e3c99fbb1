import type { FileSignature } from '../project/ReadLog.js';

/**
 * How module resolution looks at the file system: the signature of a file, `null` when there is
 * no file. extract's `ReadLog` records every look for its cache; the ESLint plugin stats.
 */
export interface FileLook {
  look(path: string): FileSignature;
}
