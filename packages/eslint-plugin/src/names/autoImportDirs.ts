import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SCRIPT = /\.(?:[cm]?[jt]s)$/;

/**
 * The names the modules of auto-import folders export, each with the file that exports it (the
 * first one listed wins): Nuxt's `composables/` and `imports.dirs`, unplugin-auto-import's `dirs`.
 * An entry is a folder (its top-level modules and the `index` of each sub-folder), a folder with
 * `/**` (every module under it) or a module; relative to `base`.
 */
export function readDirExports(base: string, entries: readonly string[]): ReadonlyMap<string, string> {
  const exports = new Map<string, string>();
  for (const file of entries.flatMap((entry) => listEntry(base, entry))) {
    for (const name of readExportNames(file)) if (!exports.has(name)) exports.set(name, file);
  }
  return exports;
}

function listEntry(base: string, entry: string): string[] {
  const recursive = /\/\*\*(?:\/\*[^/]*)?$/.test(entry);
  const path = resolve(base, entry.replace(/\/\*\*?(?:\/\*[^/]*)?$/, '').replace(/^~\//, ''));
  return SCRIPT.test(path) ? [path] : listScripts(path, recursive);
}

function listScripts(directory: string, recursive: boolean): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isFile() && SCRIPT.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
    else if (entry.isDirectory() && entry.name !== 'node_modules') {
      if (recursive) files.push(...listScripts(path, true));
      else files.push(...['index.ts', 'index.js', 'index.mjs'].map((name) => join(path, name)).filter((index) => existsSync(index)));
    }
  }
  return files;
}

const EXPORTED_DECLARATION = /\bexport\s+(?:declare\s+)?(?:async\s+)?(?:function\s*\*?|const|let|var|class)\s+([\w$]+)/g;
const EXPORT_LIST = /\bexport\s*\{([^}]*)\}/g;

/** The names a module exports, read from its text: declarations and `export { a, b as c }`. */
function readExportNames(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const names = [...text.matchAll(EXPORTED_DECLARATION)].map((match) => match[1]!);
  for (const list of text.matchAll(EXPORT_LIST)) {
    for (const part of list[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+/).at(-1)?.trim();
      if (name && /^[\w$]+$/.test(name) && name !== 'default') names.push(name);
    }
  }
  return names;
}
