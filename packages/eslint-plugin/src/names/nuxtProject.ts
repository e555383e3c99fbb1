import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FrameworkConfig } from './frameworkConfig.js';
import { isFrameworkProject } from './isFrameworkProject.js';

const SCRIPT = /\.(?:[cm]?[jt]s)$/;
const DEFAULT_DIRS = ['composables', 'utils'];

// What Nuxt gives a project's files without configuration: auto-imports of its own code, aliases.
const nuxtConfig = new FrameworkConfig(['nuxt.config.ts', 'nuxt.config.js', 'nuxt.config.mjs', 'nuxt.config.mts'], readAutoImports);

/**
 * The functions and constants a Nuxt app auto-imports from its own code, by name: the exports of
 * the top-level files (and `index` files of sub-folders) of `composables/` and `utils/` under the
 * app's source folder, and of the folders and files its `nuxt.config` lists in `imports.dirs`.
 * Empty outside a Nuxt project. A name used without a declaration in such an app is one of these
 * (`useUserLocalStorage(key)` written in `app/composables/users.ts`).
 */
export function getNuxtAutoImports(file: string): ReadonlyMap<string, string> {
  if (!isFrameworkProject(file, 'nuxt')) return EMPTY;
  const root = nuxtConfig.findRoot(dirname(file));
  return root === undefined ? EMPTY : nuxtConfig.get(root);
}

const EMPTY: ReadonlyMap<string, string> = new Map();

/**
 * The path a Nuxt alias points at (`~/utils/idb` and `@/utils/idb` in the app's source folder,
 * `~~/` and `@@/` in its root), which Nuxt declares in a tsconfig it generates (`.nuxt/`) and a
 * fresh checkout does not have. Undefined for other specifiers and outside a Nuxt project.
 */
export function getNuxtAliasPath(fromFile: string, source: string): string | undefined {
  const alias = /^(~~|@@|~|@)\//.exec(source);
  if (!alias || !isFrameworkProject(fromFile, 'nuxt')) return undefined;
  const root = nuxtConfig.findRoot(dirname(fromFile));
  if (root === undefined) return undefined;
  const base = alias[1]!.length === 2 ? root : getSrcDir(root, nuxtConfig.readText(root));
  return join(base, source.slice(alias[0].length));
}

// Nuxt 4 keeps the app in app/ unless srcDir says otherwise.
function getSrcDir(root: string, config: string): string {
  return resolve(root, readSrcDir(config) ?? (existsSync(join(root, 'app')) ? 'app' : '.'));
}

function readAutoImports(root: string, text: string): ReadonlyMap<string, string> {
  const srcDir = getSrcDir(root, text);
  const exports = new Map<string, string>();
  const files = [...DEFAULT_DIRS.flatMap((dir) => listScripts(join(srcDir, dir), false)), ...readConfiguredDirs(text).flatMap((entry) => listEntry(srcDir, entry))];
  for (const file of files) {
    for (const name of readExportNames(file)) if (!exports.has(name)) exports.set(name, file);
  }
  return exports;
}

function readSrcDir(config: string): string | undefined {
  return /\bsrcDir\s*:\s*(['"`])([^'"`]+)\1/.exec(config)?.[2];
}

/** The string entries of `imports: { dirs: [...] }`, read from the config's text (it is never run). */
function readConfiguredDirs(config: string): string[] {
  const imports = /\bimports\s*:\s*\{[\s\S]*?\bdirs\s*:\s*\[([^\]]*)\]/.exec(config);
  return imports ? [...imports[1]!.matchAll(/(['"`])([^'"`]+)\1/g)].map((match) => match[2]!) : [];
}

function listEntry(srcDir: string, entry: string): string[] {
  const recursive = /\/\*\*(?:\/\*[^/]*)?$/.test(entry);
  const path = resolve(srcDir, entry.replace(/\/\*\*?(?:\/\*[^/]*)?$/, '').replace(/^~\//, ''));
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
