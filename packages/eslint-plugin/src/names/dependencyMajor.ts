import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDependencyRanges } from './isFrameworkProject.js';
import { findCatalogRange } from './pnpmCatalog.js';

// The answer per folder and package: every file of a folder asks once.
const majorsByDirectory = new Map<string, number | null>();

/**
 * The major version of `packageName` that the project of `file` asks for: the first number of
 * the range in the nearest package.json above the file that lists the package (`^4.24.5` is 4,
 * `5.0.0-beta.25` is 5). Undefined when no package.json lists it or its range names no version
 * (`latest`, `workspace:*`, a git URL). A pnpm `catalog:` range is read from the workspace's
 * pnpm-workspace.yaml, and so is the default catalog's when no package.json lists the package.
 */
export function getDependencyMajor(file: string, packageName: string): number | undefined {
  const major = lookUp(dirname(file), packageName);
  if (major !== null) return major;
  // No package.json above the file lists it (a workspace package hands it on): the workspace's catalog pins it, if any.
  const pinned = findCatalogRange(dirname(file), 'catalog:', packageName);
  return pinned === undefined ? undefined : (parseMajor(pinned) ?? undefined);
}

function lookUp(directory: string, packageName: string): number | null {
  const key = `${directory}\0${packageName}`;
  const cached = majorsByDirectory.get(key);
  if (cached !== undefined) return cached;
  const manifest = join(directory, 'package.json');
  const listed = existsSync(manifest) ? readDependencyRanges(manifest).get(packageName) : undefined;
  const parent = dirname(directory);
  // pnpm's `catalog:` keeps the version in the workspace file.
  const range = listed?.startsWith('catalog:') ? findCatalogRange(directory, listed, packageName) : listed;
  const major = range !== undefined ? parseMajor(range) : listed !== undefined ? null : parent === directory ? null : lookUp(parent, packageName);
  majorsByDirectory.set(key, major);
  return major;
}

function parseMajor(range: string): number | null {
  const match = /^\s*(?:npm:[^@]+@)?[\^~>=<v\s]*(\d+)/.exec(range);
  return match ? Number(match[1]) : null;
}
