// ESLint's worker threads (`--concurrency`) with the plugin, on tree.mjs's tree of 10,000
// TypeScript files: each configuration runs as a fresh `eslint` process, off (one thread), 4
// and auto, with the plugin's recommended config and with the same parser and no rules (the
// parse-only baseline), alternating, RUNS times each, after one single-threaded warm-up run of each
// config (which also leaves the policy's copy in the tree's node_modules/.cache, as any earlier
// run would). Every
// figure is printed against its baseline: a concurrency against one thread, the plugin against
// the parse-only run at the same concurrency; the plugin's share is (plugin - parse only) / plugin.
// `--concurrency=auto` starts at most half the machine's cores: below 4 cores it is one thread
// (the same run as off), and is left out.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { compareTable, median, seconds } from './stats.mjs';
import { buildTree } from './tree.mjs';

const FILE_COUNT = Number(process.env.BENCH_FILES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// `auto` starts at most half the cores, and never one worker: below 4 cores it is `off`, not run again.
const CONCURRENCY = availableParallelism() >= 4 ? ['off', '4', 'auto'] : ['off', '4'];
const root = resolve(import.meta.dirname, '../..');
const eslintBin = join(createRequire(join(root, 'package.json')).resolve('eslint/package.json'), '../bin/eslint.js');
const parserPath = createRequire(join(root, 'packages/eslint-plugin/package.json')).resolve('@typescript-eslint/parser');

/** Runs eslint under GNU time: wall and CPU seconds (every thread of the process). */
function measure(config, concurrency, cwd) {
  const args = [eslintBin, '--config', config, `--concurrency=${concurrency}`, '--format', 'json', '--output-file', join(cwd, 'out.json'), '.'];
  const { stderr, status } = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %U %S', process.execPath, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const line = stderr.split('\n').find((text) => text.startsWith('BENCH '));
  // 0: nothing found; the tree declares every cookie it sets.
  if (!line || status !== 0) throw new Error(`eslint ${args.join(' ')} exited ${status}:\n${stderr.slice(-2000)}`);
  const [wall, user, system] = line.split(' ').slice(1).map(Number);
  return { wall, cpu: user + system };
}

const tree = buildTree(FILE_COUNT, { withPlugin: true });
try {
  const configs = { plugin: join(tree, 'eslint.config.js'), parseOnly: join(tree, 'parse-only.config.js') };
  writeFileSync(configs.parseOnly, `import parser from ${JSON.stringify(parserPath)};\nexport default [{ files: ['**/*.ts'], languageOptions: { parser } }];\n`);
  const runs = {};
  const cases = CONCURRENCY.flatMap((concurrency) => Object.keys(configs).map((config) => ({ config, concurrency, key: `${config} ${concurrency}` })));
  for (const { key } of cases) runs[key] = [];
  for (const config of Object.values(configs)) measure(config, 'off', tree);
  for (let run = 0; run < RUNS; run += 1) for (const { key, config, concurrency } of cases) runs[key].push(measure(configs[config], concurrency, tree));

  console.log(`tree: ${FILE_COUNT + (FILE_COUNT / 100) * 7} .ts files, ${availableParallelism()} cores${CONCURRENCY.includes('auto') ? '' : ' (--concurrency=auto is off here)'}; ${RUNS} runs of each, alternating, after a warm-up`);
  for (const measureName of ['wall', 'cpu']) {
    const samples = (key) => runs[key].map((run) => run[measureName]);
    console.log(`\n${measureName} time`);
    console.log(
      compareTable(
        [
          ...CONCURRENCY.slice(1).map((concurrency) => [`plugin, --concurrency=${concurrency}`, samples(`plugin ${concurrency}`), 'plugin, one thread', samples('plugin off')]),
          ...CONCURRENCY.slice(1).map((concurrency) => [`parse only, --concurrency=${concurrency}`, samples(`parseOnly ${concurrency}`), 'parse only, one thread', samples('parseOnly off')]),
          ...CONCURRENCY.map((concurrency) => [`plugin, --concurrency=${concurrency}`, samples(`plugin ${concurrency}`), `parse only, --concurrency=${concurrency}`, samples(`parseOnly ${concurrency}`)]),
        ],
        seconds,
      ),
    );
    const share = (concurrency) => {
      const [plugin, parseOnly] = [median(samples(`plugin ${concurrency}`)), median(samples(`parseOnly ${concurrency}`))];
      return `${(((plugin - parseOnly) / plugin) * 100).toFixed(1)}%`;
    };
    console.log(`the plugin's share of the ${measureName} time: ${CONCURRENCY.map((concurrency) => `--concurrency=${concurrency} ${share(concurrency)}`).join(', ')}`);
  }
} finally {
  rmSync(tree, { recursive: true, force: true });
}
