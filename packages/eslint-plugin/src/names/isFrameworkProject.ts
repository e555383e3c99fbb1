import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// The dependencies of the nearest package.json, by directory: every file of a folder asks once.
const dependenciesByDirectory = new Map<string, ReadonlySet<string>>();

/**
 * Whether `file` belongs to a project of `framework`: the nearest package.json above it lists the
 * package in `dependencies` or `devDependencies` (how a Nuxt app's auto-imports are recognised).
 */
export function isFrameworkProject(file: string, framework: string): boolean {
  return getNearestDependencies(dirname(file)).has(framework);
}

function getNearestDependencies(directory: string): ReadonlySet<string> {
  const cached = dependenciesByDirectory.get(directory);
  if (cached) return cached;
  const manifest = join(directory, 'package.json');
  const parent = dirname(directory);
  const dependencies = existsSync(manifest) ? readDependencies(manifest) : parent === directory ? new Set<string>() : getNearestDependencies(parent);
  dependenciesByDirectory.set(directory, dependencies);
  return dependencies;
}

function readDependencies(manifest: string): ReadonlySet<string> {
  try {
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    return new Set([...Object.keys(json.dependencies ?? {}), ...Object.keys(json.devDependencies ?? {})]);
  } catch {
    // An unreadable manifest lists nothing: auto-imports stay unmatched rather than guessed.
    return new Set();
  }
}
