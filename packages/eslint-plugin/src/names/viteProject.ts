import { dirname } from 'node:path';
import { applyAlias, readAliases, readBlock } from './configAliases.js';
import { readDirExports } from './autoImportDirs.js';
import { FrameworkConfig } from './frameworkConfig.js';

interface ViteProject {
  readonly aliases: readonly (readonly [string, string])[];
  /** The packages `unplugin-auto-import`'s `AutoImport({ imports: [...] })` lists. */
  readonly autoImported: ReadonlySet<string>;
  /** What the project's own modules in `AutoImport({ dirs: [...] })` export, by name, with the module; read when first asked (a config is read again every few seconds for its aliases). */
  readonly getOwnExports: () => ReadonlyMap<string, string>;
}

const viteConfig = new FrameworkConfig<ViteProject>(['vite.config.ts', 'vite.config.js', 'vite.config.mjs', 'vite.config.mts', 'vite.config.cjs', 'vite.config.cts'], (root, text) => ({
  aliases: readAliases(root, text),
  autoImported: new Set(readAutoImportList(text, 'imports')),
  getOwnExports: once(() => readDirExports(root, readAutoImportList(text, 'dirs'))),
}));

function once<T>(read: () => T): () => T {
  let value: { readonly read: T } | undefined;
  return () => (value ??= { read: read() }).read;
}

// The names a preset of unplugin-auto-import gives, for the packages whose exports the catalogue matches.
const PRESET_NAMES: Readonly<Record<string, RegExp>> = { '@vueuse/core': /^use[A-Z]/, pinia: /^defineStore$/ };

/**
 * The path a Vite alias points at: the string-keyed aliases of `resolve.alias` in the project's
 * `vite.config` (read as text, never run), as an object (`'@': path.resolve(__dirname, './src')`)
 * or a list of `{ find, replacement }`. Projects that declare `@` only there (no tsconfig or
 * jsconfig `paths`) import through it everywhere. Undefined for other specifiers.
 */
export function getViteAliasPath(fromFile: string, source: string): string | undefined {
  const root = viteConfig.findRoot(dirname(fromFile));
  if (root === undefined) return undefined;
  return applyAlias(viteConfig.get(root).aliases, source);
}

/**
 * The module an undeclared name stands for in a Vite project whose `vite.config` auto-imports it
 * with unplugin-auto-import: a project module of `AutoImport({ dirs: [...] })` that exports the
 * name (dozzle's `useProfileStorage(key)` from `assets/composable/`), or a package of
 * `AutoImport({ imports: ['@vueuse/core', 'pinia'] })` (`useStorage('key', v)` is VueUse's,
 * `defineStore(id, setup, { persist })` pinia's). Undefined
 * for other names.
 */
export function getViteAutoImport(fromFile: string, name: string): string | undefined {
  const root = viteConfig.findRoot(dirname(fromFile));
  if (root === undefined) return undefined;
  const own = viteConfig.get(root).getOwnExports().get(name);
  if (own !== undefined) return own === fromFile ? undefined : own;
  for (const source of viteConfig.get(root).autoImported) if (PRESET_NAMES[source]?.test(name)) return source;
  return undefined;
}

/** What the project's own auto-imported modules export (`AutoImport({ dirs })`), by name; empty outside a Vite project. */
export function getViteOwnAutoImports(file: string): ReadonlyMap<string, string> {
  const root = viteConfig.findRoot(dirname(file));
  return root === undefined ? NONE : viteConfig.get(root).getOwnExports();
}

const NONE: ReadonlyMap<string, string> = new Map();

/** The strings of the list `key` of the config's `AutoImport({ ... })` call (`imports`, `dirs`). */
function readAutoImportList(text: string, key: 'imports' | 'dirs'): string[] {
  const call = /\bAutoImport\s*\(/.exec(text);
  if (!call) return [];
  const options = readBlock(text, call.index + call[0].length - 1);
  const list = new RegExp(String.raw`\b${key}\s*:\s*\[`).exec(options);
  if (!list) return [];
  const block = readBlock(options, list.index + list[0].length - 1);
  return [...block.matchAll(/(['"`])([^'"`]+)\1/g)].map((entry) => entry[2]!);
}
