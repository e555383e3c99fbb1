import { readFileSync, realpathSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { ModuleResolver, type ReadLog, scanImportSpecifiers } from '@cookie-ledger/extract/resolve';

/**
 * Records in `log` every file an ESLint config module's value can depend on, without loading it:
 * the config, the project modules it imports (followed without parsing, as the plugin follows a
 * policy's imports), the `package.json` of each installed package it imports (a new version
 * changes it), and every place looked at and found empty (a file appearing there would be loaded
 * instead). A package of the project's workspace is followed into the files Node loads.
 */
export function listConfigModules(configFile: string, log: ReadLog): void {
  const resolver = new ModuleResolver(log);
  const queue = [configFile];
  const seen = new Set<string>();
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file) || log.look(file) === null) continue;
    seen.add(file);
    for (const specifier of scanImportSpecifiers(readFileSync(file, 'utf8'))) queue.push(...follow(specifier, file, resolver, log));
  }
}

/** The project files an import leads to, to be read in turn. */
function follow(specifier: string, fromFile: string, resolver: ModuleResolver, log: ReadLog): string[] {
  if (isBuiltin(specifier)) return [];
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('#')) {
    const resolution = resolver.resolve(specifier, fromFile);
    return resolution.kind === 'file' ? [resolution.path] : [];
  }
  const manifest = findPackageManifest(specifier, fromFile, log);
  if (manifest === undefined || realpathSync(manifest).includes(`${sep}node_modules${sep}`)) return [];
  // A package of the project's own workspace: the entry Node loads, else (an ES-module-only
  // entry, which `require.resolve` cannot find) its source.
  try {
    return [createRequire(fromFile).resolve(specifier)];
  } catch {
    const resolution = resolver.resolve(specifier, fromFile);
    return resolution.kind === 'file' ? [resolution.path] : [];
  }
}

/** `node_modules/<package>/package.json` in the nearest folder above `fromFile` that has one. */
function findPackageManifest(specifier: string, fromFile: string, log: ReadLog): string | undefined {
  const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  for (let dir = dirname(fromFile); ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (log.look(manifest) !== null) return manifest;
    if (dirname(dir) === dir) return undefined;
  }
}
