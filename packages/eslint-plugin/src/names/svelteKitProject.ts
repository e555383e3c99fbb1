import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isFrameworkProject } from './isFrameworkProject.js';

const CONFIG_FILES = ['svelte.config.js', 'svelte.config.mjs', 'svelte.config.ts'];
const rootByDirectory = new Map<string, string | null>();
// Kept a few seconds, as module resolutions are.
const LIFETIME_MS = 5000;
const aliasesByRoot = new Map<string, { readonly created: number; readonly aliases: readonly (readonly [string, string])[] }>();

/**
 * The path a SvelteKit alias points at: `$lib/...` in `src/lib`, and the aliases `kit.alias` of
 * `svelte.config.js` declares (read as text, never run). SvelteKit declares them in a tsconfig
 * it generates (`.svelte-kit/`), which a fresh checkout does not have. Undefined for other
 * specifiers and outside a SvelteKit project.
 */
export function getSvelteKitAliasPath(fromFile: string, source: string): string | undefined {
  if (!source.startsWith('$') || !isFrameworkProject(fromFile, '@sveltejs/kit')) return undefined;
  const root = findSvelteKitRoot(dirname(fromFile));
  if (root === undefined) return undefined;
  for (const [alias, target] of getAliases(root)) {
    if (source === alias) return target;
    if (source.startsWith(`${alias}/`)) return join(target, source.slice(alias.length + 1));
  }
  return undefined;
}

function findSvelteKitRoot(directory: string): string | undefined {
  const known = rootByDirectory.get(directory);
  if (known !== undefined) return known ?? undefined;
  const parent = dirname(directory);
  const found = CONFIG_FILES.some((name) => existsSync(join(directory, name))) ? directory : parent === directory || existsSync(join(directory, 'package.json')) ? undefined : findSvelteKitRoot(parent);
  rootByDirectory.set(directory, found ?? null);
  return found;
}

function getAliases(root: string): readonly (readonly [string, string])[] {
  const now = Date.now();
  let cached = aliasesByRoot.get(root);
  if (!cached || now - cached.created > LIFETIME_MS) aliasesByRoot.set(root, (cached = { created: now, aliases: readAliases(root) }));
  return cached.aliases;
}

function readAliases(root: string): (readonly [string, string])[] {
  const config = CONFIG_FILES.map((name) => readText(join(root, name))).find((text) => text !== undefined) ?? '';
  const aliases: [string, string][] = [];
  const block = /\balias\s*:\s*\{([^}]*)\}/.exec(config)?.[1] ?? '';
  for (const entry of block.matchAll(/(['"]?)(\$?[\w$@/-]+?)(?:\/\*)?\1\s*:\s*(['"`])([^'"`]+?)(?:\/\*)?\3/g)) {
    aliases.push([entry[2]!, resolve(root, entry[4]!)]);
  }
  aliases.push(['$lib', join(root, 'src', 'lib')]);
  // The longest alias first: `$lib/server` before `$lib`.
  return aliases.sort((a, b) => b[0].length - a[0].length);
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
