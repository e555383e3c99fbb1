import { dirname, join, resolve } from 'node:path';
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
const PRESET_NAMES: Readonly<Record<string, RegExp>> = { '@vueuse/core': /^use[A-Z]/ };

// An alias's target as Vite configs write it: `path.resolve(__dirname, './src')` (also `resolve(...)`,
// `join(...)`, with `process.cwd()`), `fileURLToPath(new URL('./src', import.meta.url))`, or a path string.
const TARGET = String.raw`(?:(?:path\.)?(?:resolve|join)\(\s*(?:__dirname|process\.cwd\(\))\s*,\s*(['"\`])([^'"\`]+)\3\s*\)|(?:url\.)?fileURLToPath\(\s*new URL\(\s*(['"\`])([^'"\`]+)\5\s*,\s*import\.meta\.url\s*\)\s*\)|(['"\`])([^'"\`]+)\7)`;
const OBJECT_ENTRY = new RegExp(String.raw`(['"]?)([@~#$\w][\w$@~#/.-]*)\1\s*:\s*` + TARGET, 'g');
const ARRAY_ENTRY = new RegExp(String.raw`find\s*:\s*(['"])([^'"]+)\1\s*,\s*replacement\s*:\s*` + TARGET, 'g');

/**
 * The path a Vite alias points at: the string-keyed aliases of `resolve.alias` in the project's
 * `vite.config` (read as text, never run), as an object (`'@': path.resolve(__dirname, './src')`)
 * or a list of `{ find, replacement }`. Projects that declare `@` only there (no tsconfig or
 * jsconfig `paths`) import through it everywhere. Undefined for other specifiers.
 */
export function getViteAliasPath(fromFile: string, source: string): string | undefined {
  const root = viteConfig.findRoot(dirname(fromFile));
  if (root === undefined) return undefined;
  for (const [alias, target] of viteConfig.get(root).aliases) {
    if (source === alias) return target;
    if (source.startsWith(alias.endsWith('/') ? alias : `${alias}/`)) return join(target, source.slice(alias.replace(/\/$/, '').length + 1));
  }
  return undefined;
}

/**
 * The module an undeclared name stands for in a Vite project whose `vite.config` auto-imports it
 * with unplugin-auto-import: a project module of `AutoImport({ dirs: [...] })` that exports the
 * name (dozzle's `useProfileStorage(key)` from `assets/composable/`), or a package of
 * `AutoImport({ imports: ['@vueuse/core'] })` (`useStorage('key', v)` is VueUse's). Undefined
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

function readAliases(root: string, text: string): (readonly [string, string])[] {
  const start = /\balias\s*:\s*[[{]/.exec(text);
  if (!start) return [];
  const block = readBlock(text, start.index + start[0].length - 1);
  const aliases: [string, string][] = [];
  for (const pattern of [OBJECT_ENTRY, ARRAY_ENTRY]) {
    for (const entry of block.matchAll(pattern)) {
      const target = entry[4] ?? entry[6] ?? entry[8];
      if (target === undefined || entry[2] === 'find' || entry[2] === 'replacement') continue;
      // A `'/src'` target is relative to the project's root, as Vite serves it.
      aliases.push([entry[2]!, resolve(root, target.startsWith('/') && entry[8] !== undefined ? `.${target}` : target)]);
    }
  }
  // The longest alias first: `@/components` before `@`.
  return aliases.sort((a, b) => b[0].length - a[0].length);
}

// The text of the object or array opening at `open`, up to its matching bracket.
function readBlock(text: string, open: number): string {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    const char = text[at];
    if (char === '{' || char === '[' || char === '(') depth += 1;
    else if (char === '}' || char === ']' || char === ')') {
      depth -= 1;
      if (depth === 0) return text.slice(open + 1, at);
    }
  }
  return text.slice(open + 1);
}
