import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The names of an ESLint flat config file, in the order ESLint prefers them. */
export const CONFIG_FILES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];
// Config files rarely appear or move; a few seconds keeps a lint run from asking again per file.
const LIFETIME_MS = 5000;
const found = new Map<string, { readonly directory: string | undefined; readonly at: number }>();

/**
 * The directory a relative `policy` setting (and the default policy places) are resolved in for
 * a linted file: the folder of the nearest ESLint flat config above it (the config ESLint 10
 * applies to the file, as it resolves `files` patterns), else of the nearest package.json.
 * Undefined when neither exists (then ESLint's current directory is used).
 */
export function findProjectDirectory(file: string): string | undefined {
  const start = dirname(file);
  const cached = found.get(start);
  if (cached && Date.now() - cached.at <= LIFETIME_MS) return cached.directory;
  const directory = findUp(start, (dir) => CONFIG_FILES.some((name) => existsSync(join(dir, name)))) ?? findUp(start, (dir) => existsSync(join(dir, 'package.json')));
  // The folders between here and the answer have the same answer (none of them holds a config
  // or, when the answer is a package.json's folder, a package.json): files there ask again.
  const at = Date.now();
  for (let dir = start; dir !== directory && dirname(dir) !== dir; dir = dirname(dir)) found.set(dir, { directory, at });
  found.set(start, { directory, at });
  return directory;
}

function findUp(start: string, matches: (dir: string) => boolean): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (matches(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
