// The generated project the check and worker benchmarks lint: `fileCount` TypeScript modules
// (folders of 93, plus 7 small label modules per folder) of which 1% set a cookie with
// Express, a policy declaring those cookies, an ESLint config with the TypeScript parser, and an
// empty node_modules folder (where a project's tools keep their caches).
// Written under the system's temp folder: inside this repository `.bench/` is gitignored, and
// check honours .gitignore.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** One file in WRITER_EVERY sets a cookie. */
export const WRITER_EVERY = 100;
const root = resolve(import.meta.dirname, '../..');
const parserPath = createRequire(join(root, 'packages/eslint-plugin/package.json')).resolve('@typescript-eslint/parser');
const pluginPath = join(root, 'packages/eslint-plugin/dist/index.js');

const COOKIE_NAMES = ['sessionid', 'csrftoken', 'django_language', 'cart_id', 'ab_variant'];

/** An ordinary module: types, a class, string and array work, imports of its neighbours. */
function plainModule(index) {
  return `import { formatLabel${index % 7} } from './labels-${index % 7}.js';

export interface Item${index} {
  readonly id: string;
  readonly title: string;
  readonly tags: readonly string[];
  readonly price?: number;
}

export class Catalogue${index} {
  private readonly items = new Map<string, Item${index}>();

  add(item: Item${index}): void {
    if (this.items.has(item.id)) throw new Error(\`Item \${item.id} is already in the catalogue\`);
    this.items.set(item.id, item);
  }

  search(query: string): Item${index}[] {
    const needle = query.trim().toLowerCase();
    return [...this.items.values()].filter((item) => item.title.toLowerCase().includes(needle) || item.tags.includes(needle));
  }

  total(): number {
    return [...this.items.values()].reduce((sum, item) => sum + (item.price ?? 0), 0);
  }

  describe(id: string): string {
    const item = this.items.get(id);
    return item ? formatLabel${index % 7}(item.title, item.tags.join(', ')) : 'unknown';
  }
}
`;
}

/** A module that sets a declared cookie, with Express. */
function writerModule(index) {
  const name = COOKIE_NAMES[Math.floor(index / WRITER_EVERY) % COOKIE_NAMES.length];
  return `import express from 'express';

export const router${index} = express.Router();

router${index}.post('/step-${index}', (request, response) => {
  const value = String(request.body?.value ?? '');
  response.cookie('${name}', value, { maxAge: 3_600_000, httpOnly: true, secure: true, sameSite: 'lax' });
  response.json({ ok: true, step: ${index} });
});
`;
}

/**
 * Writes the tree and returns its folder. `withPlugin`: the ESLint config also applies the
 * plugin's recommended config (the policy found in its default place, src/cookies.ts).
 */
export function buildTree(fileCount, { withPlugin = false } = {}) {
  const tree = mkdtempSync(join(tmpdir(), 'cookie-ledger-bench-tree-'));
  mkdirSync(join(tree, 'node_modules'));
  for (let folder = 0; folder < fileCount / 100; folder += 1) {
    const dir = join(tree, 'src', `feature-${folder}`);
    mkdirSync(dir, { recursive: true });
    for (let label = 0; label < 7; label += 1) {
      writeFileSync(join(dir, `labels-${label}.ts`), `export function formatLabel${label}(title: string, tags: string): string {\n  return \`\${title} (\${tags})\`;\n}\n`);
    }
    for (let file = 0; file < 93; file += 1) {
      const index = folder * 93 + file;
      writeFileSync(join(dir, `module-${file}.ts`), index % WRITER_EVERY === 0 ? writerModule(index) : plainModule(index));
    }
  }
  const declarations = COOKIE_NAMES.map((name) => `  defineCookie({ name: '${name}', category: 'necessary', purpose: 'Benchmark cookie ${name}' }),`).join('\n');
  writeFileSync(join(tree, 'src/cookies.ts'), `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';\n\nexport default defineCookiePolicy({\n  owner: 'Bench',\n  cookies: [\n${declarations}\n  ],\n});\n`);
  const plugin = withPlugin ? [`import plugin from ${JSON.stringify(pluginPath)};`, 'plugin.configs.recommended,'] : ['', ''];
  writeFileSync(join(tree, 'eslint.config.js'), `import parser from ${JSON.stringify(parserPath)};\n${plugin[0]}\nexport default [{ files: ['**/*.ts'], languageOptions: { parser } }, ${plugin[1]}];\n`);
  return tree;
}
