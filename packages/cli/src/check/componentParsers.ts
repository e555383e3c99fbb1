import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Linter } from 'eslint';

/** A kind of component file: its extension and the ESLint parser that reads it. */
export interface ComponentKind {
  readonly extension: '.vue' | '.svelte' | '.astro';
  /** The parser's package name. */
  readonly parser: string;
  /** What to add to the project's devDependencies to have it checked. */
  readonly install: string;
}

/** The component files cookie-ledger reads, each through its own parser, which the project provides. */
export const COMPONENT_KINDS: readonly ComponentKind[] = [
  { extension: '.vue', parser: 'vue-eslint-parser', install: 'vue-eslint-parser' },
  { extension: '.svelte', parser: 'svelte-eslint-parser', install: 'svelte-eslint-parser (with svelte)' },
  { extension: '.astro', parser: 'astro-eslint-parser', install: 'astro-eslint-parser' },
];

/** The kind of component `file` is, if it is one. */
export function getComponentKind(file: string): ComponentKind | undefined {
  return COMPONENT_KINDS.find((kind) => file.endsWith(kind.extension));
}

/**
 * ESLint configuration blocks that read component files with the parsers the project at `root`
 * has installed (resolved from the project, never from cookie-ledger's own dependencies), their
 * scripts with `scriptParser`. A kind whose parser the project lacks gets no block, so ESLint
 * leaves its files alone and the linter reports them as not checked.
 */
export async function loadComponentParsers(root: string, scriptParser: Linter.Parser): Promise<Linter.Config[]> {
  const requireFromProject = createRequire(join(root, 'package.json'));
  const blocks: Linter.Config[] = [];
  for (const kind of COMPONENT_KINDS) {
    const parser = await importParser(requireFromProject, kind.parser);
    if (parser) blocks.push({ files: [`**/*${kind.extension}`], languageOptions: { parser, parserOptions: { parser: scriptParser, sourceType: 'module' } } });
  }
  return blocks;
}

async function importParser(requireFromProject: NodeJS.Require, name: string): Promise<Linter.Parser | undefined> {
  let path: string;
  try {
    path = requireFromProject.resolve(name);
  } catch {
    return undefined;
  }
  // A parser that cannot load (svelte-eslint-parser without svelte) is as good as missing.
  const loaded = (await import(pathToFileURL(path).href).catch(() => undefined)) as (Linter.Parser & { default?: Linter.Parser }) | undefined;
  if (!loaded) return undefined;
  // CommonJS parsers arrive as the namespace's default; an ES module parser may have none.
  return loaded.default ?? loaded;
}
