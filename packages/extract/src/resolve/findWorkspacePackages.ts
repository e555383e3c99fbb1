import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readJsonc } from './readJsonc.js';

// The packages of a workspace root, by root: a lint run asks about the same root again and again.
const packagesByRoot = new Map<string, { readonly packages: ReadonlyMap<string, string>; readonly at: number }>();
const LIFETIME_MS = 5000;

/**
 * The folder of the workspace package named `name`, read from the workspace declaration of the
 * nearest root above `fromDir` (`workspaces` in package.json, as npm, Yarn and Bun write it, or
 * pnpm-workspace.yaml's `packages`), for projects whose packages are not linked in a
 * `node_modules` folder: a checkout not yet installed, Yarn Plug'n'Play. Patterns are folders
 * with `*` and `**` segments (`apps/*`, `packages/**`, and `**` followed by `*`); negated patterns are left out.
 */
export function findWorkspacePackage(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const patterns = readWorkspacePatterns(dir);
    if (patterns) return getPackages(dir, patterns).get(name);
    if (dirname(dir) === dir) return undefined;
  }
}

/** The nearest folder at or above `fromDir` that declares workspaces (package.json `workspaces`, pnpm-workspace.yaml), if any. */
export function findWorkspaceRoot(fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    if (readWorkspacePatterns(dir)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function readWorkspacePatterns(dir: string): readonly string[] | undefined {
  const manifest = join(dir, 'package.json');
  if (existsSync(manifest)) {
    const workspaces = (readJsonc(manifest) as { workspaces?: unknown } | undefined)?.workspaces;
    const list = Array.isArray(workspaces) ? workspaces : (workspaces as { packages?: unknown } | undefined)?.packages;
    if (Array.isArray(list)) return list.filter((pattern): pattern is string => typeof pattern === 'string');
  }
  const pnpm = join(dir, 'pnpm-workspace.yaml');
  return existsSync(pnpm) ? readPnpmPackages(readFileSync(pnpm, 'utf8')) : undefined;
}

/** The `packages:` list of pnpm-workspace.yaml (`- 'apps/*'` lines), without a YAML parser. */
function readPnpmPackages(text: string): string[] {
  const patterns: string[] = [];
  let inPackages = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^packages\s*:/.test(line)) {
      inPackages = true;
      continue;
    }
    if (!inPackages) continue;
    // Items may sit under the key or level with it (`- apps/*` at the start of the line, as plane writes it).
    const item = /^\s*-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line);
    if (item) patterns.push(item[1]!);
    else if (/^[^\s#]/.test(line)) inPackages = false;
  }
  return patterns;
}

function getPackages(root: string, patterns: readonly string[]): ReadonlyMap<string, string> {
  const cached = packagesByRoot.get(root);
  if (cached && Date.now() - cached.at <= LIFETIME_MS) return cached.packages;
  const packages = new Map<string, string>();
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    for (const folder of expandPattern(root, pattern.replace(/^\.\//, '').replace(/\/$/, ''))) {
      const name = (readJsonc(join(folder, 'package.json')) as { name?: unknown } | undefined)?.name;
      if (typeof name === 'string' && !packages.has(name)) packages.set(name, folder);
    }
  }
  packagesByRoot.set(root, { packages, at: Date.now() });
  return packages;
}

/** The folders a workspace pattern names: literal segments, `*` (one folder) and `**` (any depth, a few levels). */
function expandPattern(root: string, pattern: string): string[] {
  let folders = [root];
  for (const segment of pattern.split('/')) {
    if (segment === '**') folders = folders.flatMap((folder) => [folder, ...listFolders(folder, MAX_GLOBSTAR_DEPTH)]);
    else if (segment === '*') folders = folders.flatMap((folder) => listFolders(folder, 1));
    else if (segment !== '' && segment !== '.') folders = folders.map((folder) => join(folder, segment));
  }
  return [...new Set(folders)];
}

/** How deep `**` looks: workspace packages sit a few folders down, never deep in a tree. */
const MAX_GLOBSTAR_DEPTH = 3;

function listFolders(dir: string, depth: number): string[] {
  if (depth === 0 || !existsSync(dir)) return [];
  let entries: string[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')).map((entry) => join(dir, entry.name));
  } catch {
    return [];
  }
  return entries.flatMap((folder) => [folder, ...listFolders(folder, depth - 1)]);
}
