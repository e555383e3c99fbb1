import { dirname, isAbsolute, resolve } from 'node:path';

const SCRIPT_EXTENSION = /\.(?:[cm]?[jt]sx?)$/;

/**
 * Whether an import source written in `fromFile` names `module`: the same package specifier, or,
 * for a project's own wrappers (`module` an absolute path), the same file with or without its
 * extension (`./cookies.js` for `cookies.ts`) or as a folder's index.
 */
export function isModuleMatch(source: string, module: string, fromFile: string): boolean {
  if (!isAbsolute(module)) return source === module;
  if (!source.startsWith('.') && !isAbsolute(source)) return false;
  const imported = stripExtension(resolve(dirname(fromFile), source));
  const wanted = stripExtension(module);
  return imported === wanted || `${imported}/index` === wanted;
}

function stripExtension(path: string): string {
  return path.replace(SCRIPT_EXTENSION, '');
}
