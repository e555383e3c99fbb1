import { existsSync } from 'node:fs';
import { readDirExports } from './autoImportDirs.js';
import { dirname, join, resolve } from 'node:path';
import { FrameworkConfig } from './frameworkConfig.js';
import { isFrameworkProject } from './isFrameworkProject.js';

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
  return readDirExports(srcDir, [...DEFAULT_DIRS, ...readConfiguredDirs(text)]);
}

function readSrcDir(config: string): string | undefined {
  return /\bsrcDir\s*:\s*(['"`])([^'"`]+)\1/.exec(config)?.[2];
}

/** The string entries of `imports: { dirs: [...] }`, read from the config's text (it is never run). */
function readConfiguredDirs(config: string): string[] {
  const imports = /\bimports\s*:\s*\{[\s\S]*?\bdirs\s*:\s*\[([^\]]*)\]/.exec(config);
  return imports ? [...imports[1]!.matchAll(/(['"`])([^'"`]+)\1/g)].map((match) => match[2]!) : [];
}
