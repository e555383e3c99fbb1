import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { COMPONENT_KINDS } from './componentParsers.js';

/** JavaScript and TypeScript in every module flavour, with JSX. */
export const SCRIPT_EXTENSIONS = ['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts'] as const;

/** The source files cookie-ledger reads: scripts, and Vue, Svelte and Astro components. */
export const SOURCE_EXTENSIONS: readonly string[] = [...SCRIPT_EXTENSIONS, ...COMPONENT_KINDS.map((kind) => kind.extension)];

/** Folders and files never worth reading, whatever .gitignore says: installed packages, and Yarn Plug'n'Play's own. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.yarn', '.pnp.cjs', '.pnp.loader.mjs']);

interface Rules {
  readonly dir: string;
  readonly rules: Ignore;
}

/**
 * The source files under `paths` (files or folders, relative to `root`), sorted, honouring every
 * `.gitignore` that applies to them, as git reads them: each applies to its own folder, from the
 * repository's top (the nearest folder above with `.git`, else `root`) down. A file named
 * explicitly is always listed.
 */
export function listProjectFiles(root: string, paths: readonly string[]): string[] {
  const files = new Set<string>();
  const top = findRepositoryTop(root);
  for (const path of paths) {
    const absolute = resolve(root, path);
    const stats = statSync(absolute, { throwIfNoEntry: false });
    if (!stats) throw new Error(`${path} does not exist`);
    if (stats.isFile()) files.add(absolute);
    else walk(absolute, ancestorsRules(top, absolute), files);
  }
  return [...files].sort();
}

function findRepositoryTop(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return root;
  }
}

function walk(dir: string, inherited: readonly Rules[], files: Set<string>): void {
  const own = readRules(dir);
  const rules = own ? [...inherited, own] : inherited;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (isIgnored(rules, path, isDir)) continue;
    if (isDir) walk(path, rules, files);
    else if (entry.isFile() && SOURCE_EXTENSIONS.some((extension) => entry.name.endsWith(extension))) files.add(path);
  }
}

function isIgnored(rules: readonly Rules[], path: string, isDir: boolean): boolean {
  return rules.some(({ dir, rules: ignoreRules }) => {
    const relativePath = relative(dir, path).split(sep).join('/');
    return relativePath !== '' && !relativePath.startsWith('..') && ignoreRules.ignores(isDir ? `${relativePath}/` : relativePath);
  });
}

function readRules(dir: string): Rules | undefined {
  const file = join(dir, '.gitignore');
  return existsSync(file) ? { dir, rules: ignore().add(readFileSync(file, 'utf8')) } : undefined;
}

/** The .gitignore rules of `top` and of each folder below it down to `target`'s parent (`target`'s own are read by the walk). */
function ancestorsRules(top: string, target: string): Rules[] {
  const rules: Rules[] = [];
  const parts = relative(top, target).split(sep).filter((part) => part !== '' && part !== '.');
  if (parts.length === 0) return rules;
  let dir = top;
  for (const part of ['', ...parts.slice(0, -1)]) {
    dir = join(dir, part);
    const own = readRules(dir);
    if (own) rules.push(own);
  }
  return rules;
}
