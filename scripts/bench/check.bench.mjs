// `cookie-ledger check` against `eslint` with the same parser and no rules, on a generated tree
// of 10,000 TypeScript files of which 1% set cookies. Both run as fresh processes, alternating,
// RUNS times each; each run reports wall time, CPU time (user + system, which the other
// processes of a shared machine disturb far less) and peak memory (GNU time's maximum RSS).
// The tree is written under the system's temp folder: inside this repository `.bench/` is
// gitignored, and check honours .gitignore.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './stats.mjs';

const FILE_COUNT = Number(process.env.BENCH_FILES ?? 10_000);
const WRITER_EVERY = 100; // 1% of the files set a cookie
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = resolve(import.meta.dirname, '../..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const eslintBin = join(requireFromRoot.resolve('eslint/package.json'), '../bin/eslint.js');
const parserPath = createRequire(join(root, 'packages/eslint-plugin/package.json')).resolve('@typescript-eslint/parser');
const checkBin = join(root, 'packages/cli/dist/bin.js');

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

function buildTree() {
  const tree = mkdtempSync(join(tmpdir(), 'cookie-ledger-bench-check-'));
  for (let folder = 0; folder < FILE_COUNT / 100; folder += 1) {
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
  writeFileSync(join(tree, 'eslint.config.js'), `import parser from ${JSON.stringify(parserPath)};\nexport default [{ files: ['**/*.ts'], languageOptions: { parser } }];\n`);
  return tree;
}

/** Runs a command under GNU time: wall and CPU seconds, peak RSS in MiB, exit code. */
function measure(args, cwd) {
  const { stderr, status } = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const line = stderr.split('\n').find((text) => text.startsWith('BENCH '));
  if (!line) throw new Error(`${args.join(' ')} printed no timing:\n${stderr.slice(-2000)}`);
  const [wall, user, system, rssKb] = line.split(' ').slice(1).map(Number);
  return { wall, cpu: user + system, rss: rssKb / 1024, status };
}

const tree = buildTree();
if (process.env.BENCH_KEEP) console.log(`tree kept at ${tree}`);
try {
  const files = FILE_COUNT + (FILE_COUNT / 100) * 7;
  console.log(`tree: ${files} .ts files (${FILE_COUNT / WRITER_EVERY} set a cookie), ${RUNS} runs each, alternating`);
  const runs = { eslint: [], check: [] };
  for (let run = 0; run < RUNS; run += 1) {
    runs.eslint.push(measure(['node', eslintBin, '--no-warn-ignored', '.'], tree));
    runs.check.push(measure(['node', checkBin, 'check', '--quiet'], tree));
  }
  const row = (name) => {
    const list = runs[name];
    const med = (key) => median(list.map((entry) => entry[key]));
    return { name, wall: med('wall'), cpu: med('cpu'), rss: Math.max(...list.map((entry) => entry.rss)), exits: [...new Set(list.map((entry) => entry.status))].join(',') };
  };
  const eslint = row('eslint');
  const check = row('check');
  console.log('| command | median wall | median CPU | peak RSS | exit |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const result of [eslint, check]) {
    console.log(`| ${result.name === 'eslint' ? 'eslint . (same parser, no rules)' : 'cookie-ledger check'} | ${result.wall.toFixed(2)} s | ${result.cpu.toFixed(2)} s | ${result.rss.toFixed(0)} MiB | ${result.exits} |`);
  }
  console.log(`check / eslint: ${(check.wall / eslint.wall).toFixed(3)} (wall), ${(check.cpu / eslint.cpu).toFixed(3)} (CPU)`);
} finally {
  if (!process.env.BENCH_KEEP) rmSync(tree, { recursive: true, force: true });
}
