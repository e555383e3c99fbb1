import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The names of ESLint's flat config files, which mark a project's folder. */
export const ESLINT_CONFIG_FILES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'] as const;

// Config files rarely appear or move; a few seconds keeps a lint run from asking again per file.
const LIFETIME_MS = 5000;
const found = new Map<string, { readonly directory: string | undefined; readonly at: number }>();

/**
 * The project's folder seen from `start` (a linted file's folder, or a command's current
 * directory): the folder of the nearest ESLint flat config at or above it (the config ESLint 10
 * applies there, whose folder it resolves `files` patterns in), else of the nearest package.json.
 * Undefined when neither exists. A relative `policy` setting and the default policy places are
 * resolved in it, by the ESLint plugin and by every `cookie-ledger` command alike.
 */
export function findProjectDirectory(start: string): string | undefined {
  const cached = found.get(start);
  if (cached && Date.now() - cached.at <= LIFETIME_MS) return cached.directory;
  const directory =
    findUp(start, (dir) => ESLINT_CONFIG_FILES.some((name) => existsSync(join(dir, name)))) ?? findUp(start, (dir) => existsSync(join(dir, 'package.json')));
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
