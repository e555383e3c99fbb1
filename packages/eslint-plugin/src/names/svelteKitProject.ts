import { dirname, join, resolve } from 'node:path';
import { FrameworkConfig } from './frameworkConfig.js';
import { isFrameworkProject } from './isFrameworkProject.js';

const svelteConfig = new FrameworkConfig(['svelte.config.js', 'svelte.config.mjs', 'svelte.config.ts'], readAliases);

/**
 * The path a SvelteKit alias points at: `$lib/...` in `src/lib`, and the aliases `kit.alias` of
 * `svelte.config.js` declares (read as text, never run). SvelteKit declares them in a tsconfig
 * it generates (`.svelte-kit/`), which a fresh checkout does not have. Undefined for other
 * specifiers and outside a SvelteKit project.
 */
export function getSvelteKitAliasPath(fromFile: string, source: string): string | undefined {
  if (!source.startsWith('$') || !isFrameworkProject(fromFile, '@sveltejs/kit')) return undefined;
  const root = svelteConfig.findRoot(dirname(fromFile));
  if (root === undefined) return undefined;
  for (const [alias, target] of svelteConfig.get(root)) {
    if (source === alias) return target;
    if (source.startsWith(`${alias}/`)) return join(target, source.slice(alias.length + 1));
  }
  return undefined;
}

function readAliases(root: string, text: string): (readonly [string, string])[] {
  const aliases: [string, string][] = [];
  const block = /\balias\s*:\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  for (const entry of block.matchAll(/(['"]?)(\$?[\w$@/-]+?)(?:\/\*)?\1\s*:\s*(['"`])([^'"`]+?)(?:\/\*)?\3/g)) {
    aliases.push([entry[2]!, resolve(root, entry[4]!)]);
  }
  aliases.push(['$lib', join(root, 'src', 'lib')]);
  // The longest alias first: `$lib/server` before `$lib`.
  return aliases.sort((a, b) => b[0].length - a[0].length);
}
