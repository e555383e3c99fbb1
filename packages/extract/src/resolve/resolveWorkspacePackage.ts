import { realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { FileLook } from './FileLook.js';
import { getCandidates } from './getCandidates.js';
import { readJsonc } from './readJsonc.js';
import { findWorkspacePackage } from './findWorkspacePackages.js';

// Export conditions in the order a project's own source is most likely behind them.
const CONDITIONS = ['source', 'development', 'import', 'module', 'default', 'node', 'require', 'types'];
const BUILD_FOLDERS = ['dist', 'build', 'lib', 'out', 'esm', 'cjs'];

/**
 * The source file a bare specifier names when it is one of the project's own workspace packages
 * (`@acme/ui`, `@acme/ui/storage`): a package found in a `node_modules` folder above `fromDir`
 * whose real path is outside every `node_modules` (pnpm, npm and Yarn workspaces link them so),
 * or, where nothing is linked (Yarn Plug'n'Play, a checkout not installed), a package the
 * workspace declaration of the repository lists.
 * The entry comes from `exports` (the `source` condition first), `source`, `module`, `main`, and
 * a built file (`dist/index.js`) is traced back to its source (`src/index.ts`) when there is one.
 * Undefined for installed packages, whose code is not the project's.
 */
export function resolveWorkspacePackage(specifier: string, fromDir: string, look: FileLook): string | undefined {
  const { name, subpath } = splitSpecifier(specifier);
  if (!name) return undefined;
  // Linked in node_modules as installed; else, read from the workspace declaration (Yarn PnP, a checkout not installed).
  const packageDir = findPackageDir(name, fromDir, look) ?? findWorkspacePackage(name, fromDir);
  if (!packageDir) return undefined;
  const manifest = readJsonc(join(packageDir, 'package.json')) as Manifest | undefined;
  const targets = [...getExportTargets(manifest?.exports, subpath), ...(subpath === '.' ? [manifest?.source, manifest?.module, manifest?.main, 'index'] : [subpath])];
  for (const target of targets) {
    if (typeof target !== 'string') continue;
    const found = findSource(join(packageDir, target), packageDir, look);
    if (found) return found;
  }
  return undefined;
}

interface Manifest {
  exports?: unknown;
  source?: unknown;
  module?: unknown;
  main?: unknown;
}

function splitSpecifier(specifier: string): { name: string | undefined; subpath: string } {
  const parts = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  if (parts.length < count || parts.slice(0, count).some((part) => part === '')) return { name: undefined, subpath: '.' };
  const rest = parts.slice(count).join('/');
  return { name: parts.slice(0, count).join('/'), subpath: rest ? `./${rest}` : '.' };
}

function findPackageDir(name: string, fromDir: string, look: FileLook): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const linked = join(dir, 'node_modules', name);
    if (look.look(join(linked, 'package.json')) !== null) {
      let real: string;
      try {
        real = realpathSync(linked);
      } catch {
        return undefined;
      }
      return real.split(sep).includes('node_modules') ? undefined : real;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** The targets `exports` gives a subpath, in condition order (wildcard subpaths included). */
function getExportTargets(exports: unknown, subpath: string): string[] {
  if (exports === undefined || exports === null) return [];
  if (typeof exports === 'string' || Array.isArray(exports)) return subpath === '.' ? flattenTarget(exports) : [];
  const entries = Object.entries(exports as Record<string, unknown>);
  if (!entries.some(([key]) => key.startsWith('.'))) return subpath === '.' ? flattenTarget(exports) : [];
  return getMappedTargets(exports as Record<string, unknown>, subpath);
}

/**
 * The targets a key map of package.json (`exports` subpaths, `imports` specifiers) gives `key`:
 * its exact entry, else the first `*` pattern it fits, with the `*` of each target filled in.
 */
export function getMappedTargets(map: Readonly<Record<string, unknown>>, key: string): string[] {
  const exact = map[key];
  if (exact !== undefined) return flattenTarget(exact);
  for (const [pattern, value] of Object.entries(map)) {
    const star = pattern.indexOf('*');
    if (star === -1) continue;
    const [before, after] = [pattern.slice(0, star), pattern.slice(star + 1)];
    if (key.startsWith(before) && key.endsWith(after) && key.length >= pattern.length - 1) {
      const middle = key.slice(before.length, key.length - after.length);
      return flattenTarget(value).map((target) => target.replaceAll('*', middle));
    }
  }
  return [];
}

/** A target of `exports` or `imports` as paths, in condition order. */
function flattenTarget(target: unknown): string[] {
  if (typeof target === 'string') return [target];
  if (Array.isArray(target)) return target.flatMap(flattenTarget);
  if (target && typeof target === 'object') {
    const record = target as Record<string, unknown>;
    const keys = [...CONDITIONS.filter((condition) => condition in record), ...Object.keys(record).filter((key) => !CONDITIONS.includes(key))];
    return keys.flatMap((key) => flattenTarget(record[key]));
  }
  return [];
}

/** A source file for a target path: the path itself (not a declaration file), or its source behind a build folder. */
export function findSource(target: string, packageDir: string, look: FileLook): string | undefined {
  const stem = target.replace(/\.d\.[cm]?ts$/, '').replace(/\.[cm]?jsx?$/, '');
  const inside = relative(packageDir, stem).split(sep);
  // svelte-package builds `src/lib` into `dist` (a SvelteKit library's layout); other builds mirror `src`.
  const sources = BUILD_FOLDERS.includes(inside[0] ?? '') ? [join(packageDir, 'src', ...inside.slice(1)), join(packageDir, 'src/lib', ...inside.slice(1)), stem] : [stem];
  if (!/\.d\.[cm]?ts$/.test(target) && stem !== target) sources.push(target);
  for (const base of sources) {
    const found = getCandidates(base).find((candidate) => !/\.d\.[cm]?ts$/.test(candidate) && look.look(candidate) !== null);
    if (found) return found;
  }
  return undefined;
}
