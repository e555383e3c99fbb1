import type { TSESTree } from '@typescript-eslint/utils';
import type { Binding } from './bindings.js';
import { readForeignModule } from './foreignModule.js';
import { resolveModuleFile } from './resolveModuleFile.js';

type ImportBinding = Extract<Binding, { kind: 'import' }>;

/** How many project modules handing an export on are followed. */
const MAX_HOPS = 8;

/**
 * What an import of a project module stands for when that module hands on a package's export
 * (`export { SessionProvider } from 'next-auth/react'`, or `import { X } from 'pkg'; export { X }`):
 * the package's import, as the last project module writes it. Undefined when the import is not of
 * a project module or the chain ends in the project's own code.
 */
export function findPackageImport(binding: ImportBinding): ImportBinding | undefined {
  let found = handedOn.get(binding);
  if (found === undefined) handedOn.set(binding, (found = followHandedOn(binding) ?? null));
  return found ?? undefined;
}

// Asked once per binding and sink candidate: kept per binding (a file's bindings are made anew
// each time it is linted, so an edited module is seen on the next lint).
const handedOn = new WeakMap<ImportBinding, ImportBinding | null>();

function followHandedOn(binding: ImportBinding): ImportBinding | undefined {
  let current = binding;
  for (let hop = 0; hop < MAX_HOPS; hop += 1) {
    if (current.imported === '*') return undefined;
    const file = resolveModuleFile(current.module.file, current.source);
    if (file === undefined) return hop === 0 ? undefined : current;
    const target = readForeignModule(file);
    const exported = target?.exports.get(current.imported);
    if (!target || !exported) return undefined;
    if (exported.kind === 'reexport') {
      current = { kind: 'import', module: target, source: exported.source, imported: exported.imported };
      continue;
    }
    if (exported.kind !== 'local') return undefined;
    const local = target.lookup({ type: 'Identifier', name: exported.name } as TSESTree.Identifier);
    if (local.kind !== 'import') return undefined;
    current = local;
  }
  return undefined;
}
