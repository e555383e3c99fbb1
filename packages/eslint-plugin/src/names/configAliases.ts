import { join, resolve } from 'node:path';

// Aliases as bundler configs (Vite's, webpack's) write them, read as text, never run.

// An alias's target as configs write it: `path.resolve(__dirname, './src')` (also `resolve(...)`,
// `join(...)`, with `process.cwd()`), `fileURLToPath(new URL('./src', import.meta.url))`, or a path string.
const TARGET = String.raw`(?:(?:path\.)?(?:resolve|join)\(\s*(?:__dirname|process\.cwd\(\))\s*,\s*(['"\`])([^'"\`]+)\3\s*\)|(?:url\.)?fileURLToPath\(\s*new URL\(\s*(['"\`])([^'"\`]+)\5\s*,\s*import\.meta\.url\s*\)\s*\)|(['"\`])([^'"\`]+)\7)`;
const OBJECT_ENTRY = new RegExp(String.raw`(['"]?)([@~#$\w][\w$@~#/.-]*)\1\s*:\s*` + TARGET, 'g');
const ARRAY_ENTRY = new RegExp(String.raw`find\s*:\s*(['"])([^'"]+)\1\s*,\s*replacement\s*:\s*` + TARGET, 'g');

/**
 * The string-keyed aliases of the config's `alias` block, as an object (`'@': path.resolve(__dirname, './src')`)
 * or a list of `{ find, replacement }`, each resolved against `folder` (the config's own folder, its `__dirname`);
 * the longest first.
 */
export function readAliases(folder: string, text: string): (readonly [string, string])[] {
  const start = /\balias\s*:\s*[[{]/.exec(text);
  if (!start) return [];
  const block = readBlock(text, start.index + start[0].length - 1);
  const aliases: [string, string][] = [];
  for (const pattern of [OBJECT_ENTRY, ARRAY_ENTRY]) {
    for (const entry of block.matchAll(pattern)) {
      const target = entry[4] ?? entry[6] ?? entry[8];
      if (target === undefined || entry[2] === 'find' || entry[2] === 'replacement') continue;
      // A `'/src'` target is relative to the project's root, as Vite serves it.
      aliases.push([entry[2]!, resolve(folder, target.startsWith('/') && entry[8] !== undefined ? `.${target}` : target)]);
    }
  }
  // The longest alias first: `@/components` before `@`.
  return aliases.sort((a, b) => b[0].length - a[0].length);
}

/** The text of the object or array opening at `open`, up to its matching bracket. */
export function readBlock(text: string, open: number): string {
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

// Two empty groups first: TARGET's back-references count the key's two groups of the entries above.
const PATH_ENTRY = new RegExp('()()' + TARGET, 'g');

/**
 * The folders of the config's `modules: [...]` lists (webpack's `resolve.modules`: where bare
 * imports are looked for, `path.join(__dirname, '../src')`), resolved against `folder`; the
 * package folders (`node_modules`) left out.
 */
export function readModuleFolders(folder: string, text: string): string[] {
  const folders: string[] = [];
  for (const start of text.matchAll(/\bmodules\s*:\s*\[/g)) {
    const block = readBlock(text, start.index + start[0].length - 1);
    for (const entry of block.matchAll(PATH_ENTRY)) {
      const target = entry[4] ?? entry[6] ?? entry[8];
      if (target !== undefined && !target.includes('node_modules')) folders.push(resolve(folder, target));
    }
  }
  return [...new Set(folders)];
}

/** The path an aliased specifier points at (`@/x` under `'@': '/app/src'`: `/app/src/x`), by the longest alias that matches; undefined when none does. */
export function applyAlias(aliases: readonly (readonly [string, string])[], source: string): string | undefined {
  for (const [alias, target] of aliases) {
    if (source === alias) return target;
    if (source.startsWith(alias.endsWith('/') ? alias : `${alias}/`)) return join(target, source.slice(alias.replace(/\/$/, '').length + 1));
  }
  return undefined;
}
