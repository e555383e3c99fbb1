import { dirname, isAbsolute, resolve } from 'node:path';
import { resolveModuleFile } from '../names/resolveModuleFile.js';

const SCRIPT_EXTENSION = /\.(?:[cm]?[jt]sx?)$/;

/**
 * Whether an import source written in `fromFile` names `module`: the same package specifier, or,
 * for a project's own wrappers (`module` an absolute path), the same file however the import
 * reaches it: relative, with or without its extension (`./cookies.js` for `cookies.ts`), as a
 * folder's index, through a tsconfig path alias or a workspace package.
 */
export function isModuleMatch(source: string, module: string, fromFile: string): boolean {
  if (!isAbsolute(module)) return source === module;
  const wanted = stripExtension(module);
  const resolved = resolveModuleFile(fromFile, source);
  if (resolved !== undefined && stripExtension(resolved) === wanted) return true;
  if (!source.startsWith('.') && !isAbsolute(source)) return false;
  const imported = stripExtension(resolve(dirname(fromFile), source));
  return imported === wanted || `${imported}/index` === wanted;
}

function stripExtension(path: string): string {
  return path.replace(SCRIPT_EXTENSION, '');
}
