import { dirname, join } from 'node:path';
import type { FileLook } from './FileLook.js';
import { readJsonc } from './readJsonc.js';
import { findSource, getMappedTargets } from './resolveWorkspacePackage.js';

/**
 * The file a subpath import names (`#/store/base.ts`, `#lib/keys`): the `imports` map of the
 * nearest package.json above `fromDir`, exact keys first, then `*` patterns, each target in
 * condition order, traced from a build folder back to its source as for workspace packages.
 * Undefined when no package.json maps it.
 */
export function resolveSubpathImport(specifier: string, fromDir: string, look: FileLook): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (look.look(manifest) !== null) {
      const imports = (readJsonc(manifest) as { imports?: unknown } | undefined)?.imports;
      if (!imports || typeof imports !== 'object') return undefined;
      for (const target of getMappedTargets(imports as Record<string, unknown>, specifier)) {
        const found = target.startsWith('./') ? findSource(join(dir, target), dir, look) : undefined;
        if (found) return found;
      }
      return undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}
