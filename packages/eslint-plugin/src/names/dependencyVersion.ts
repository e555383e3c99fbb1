import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDependencyRanges } from './isFrameworkProject.js';
import { findCatalogRange } from './pnpmCatalog.js';

/** A version as a range asks for it: its major and minor numbers (`^1.2.7` is `[1, 2]`). */
export type DependencyVersion = readonly [major: number, minor: number];

// The answer per folder and package: every file of a folder asks once.
const versionsByDirectory = new Map<string, DependencyVersion | null>();

/**
 * The version of `packageName` that the project of `file` asks for: the first numbers of the
 * range in the nearest package.json above the file that lists the package (`^4.24.5` is
 * `[4, 24]`, `5.0.0-beta.25` is `[5, 0]`, `^2` is `[2, 0]`). Undefined when no package.json lists
 * it or its range names no version (`latest`, `workspace:*`, a git URL). A pnpm `catalog:` range
 * is read from the workspace's pnpm-workspace.yaml, and so is the default catalog's when no
 * package.json lists the package.
 */
export function getDependencyVersion(file: string, packageName: string): DependencyVersion | undefined {
  const version = lookUp(dirname(file), packageName);
  if (version !== null) return version;
  // No package.json above the file lists it (a workspace package hands it on): the workspace's catalog pins it, if any.
  const pinned = findCatalogRange(dirname(file), 'catalog:', packageName);
  return pinned === undefined ? undefined : (parseVersion(pinned) ?? undefined);
}

function lookUp(directory: string, packageName: string): DependencyVersion | null {
  const key = `${directory}\0${packageName}`;
  const cached = versionsByDirectory.get(key);
  if (cached !== undefined) return cached;
  const manifest = join(directory, 'package.json');
  const listed = existsSync(manifest) ? readDependencyRanges(manifest).get(packageName) : undefined;
  const parent = dirname(directory);
  // pnpm's `catalog:` keeps the version in the workspace file.
  const range = listed?.startsWith('catalog:') ? findCatalogRange(directory, listed, packageName) : listed;
  const version = range !== undefined ? parseVersion(range) : listed !== undefined ? null : parent === directory ? null : lookUp(parent, packageName);
  versionsByDirectory.set(key, version);
  return version;
}

function parseVersion(range: string): DependencyVersion | null {
  const match = /^\s*(?:npm:[^@]+@)?[\^~>=<v\s]*(\d+)(?:\.(\d+))?/.exec(range);
  return match ? [Number(match[1]), Number(match[2] ?? 0)] : null;
}
