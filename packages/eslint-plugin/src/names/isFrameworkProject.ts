import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Each package.json's dependency ranges, and the nearest one's by directory: every file of a folder asks once.
const rangesByManifest = new Map<string, ReadonlyMap<string, string>>();
const nearestByDirectory = new Map<string, ReadonlyMap<string, string>>();
const NONE: ReadonlyMap<string, string> = new Map();

/**
 * Whether `file` belongs to a project of `framework`: the nearest package.json above it lists the
 * package in `dependencies` or `devDependencies` (how a Nuxt app's auto-imports are recognised).
 */
export function isFrameworkProject(file: string, framework: string): boolean {
  return getNearestRanges(dirname(file)).has(framework);
}

/**
 * The version ranges a package.json asks for, by package name (`dependencies`, then
 * `devDependencies`), read once per process. An unreadable manifest lists nothing: what depends on
 * it stays unmatched rather than guessed.
 */
export function readDependencyRanges(manifest: string): ReadonlyMap<string, string> {
  let ranges = rangesByManifest.get(manifest);
  if (ranges) return ranges;
  try {
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    ranges = new Map(Object.entries({ ...json.devDependencies, ...json.dependencies }));
  } catch {
    ranges = NONE;
  }
  rangesByManifest.set(manifest, ranges);
  return ranges;
}

const packageDirectories = new Map<string, string | undefined>();

/** The folder of the nearest package.json above `file` (its package's root), if any. */
export function findPackageDirectory(file: string): string | undefined {
  return findNearestManifestFolder(dirname(file));
}

function findNearestManifestFolder(directory: string): string | undefined {
  if (packageDirectories.has(directory)) return packageDirectories.get(directory);
  const parent = dirname(directory);
  const found = existsSync(join(directory, 'package.json')) ? directory : parent === directory ? undefined : findNearestManifestFolder(parent);
  packageDirectories.set(directory, found);
  return found;
}

function getNearestRanges(directory: string): ReadonlyMap<string, string> {
  const cached = nearestByDirectory.get(directory);
  if (cached) return cached;
  const folder = findNearestManifestFolder(directory);
  const ranges = folder === undefined ? NONE : readDependencyRanges(join(folder, 'package.json'));
  nearestByDirectory.set(directory, ranges);
  return ranges;
}
