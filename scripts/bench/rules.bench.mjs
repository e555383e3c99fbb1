// The rules' own time on files with nothing to find (issue 15: at most 1% of the parse-only run).
// In one process, ESLint (its Node.js API, a new instance per run) lints the ordinary modules of
// tree.mjs's tree (no cookie write; each imports a neighbour) with the TypeScript parser and
// three configs, alternating, RUNS times each, after a warm-up of each (the policy is read then,
// so that one-time cost is left out): no rules (the parse-only run, the baseline), one trivial
// core rule (`no-debugger`: the traversal every ESLint user pays), and the plugin's recommended
// config. The rules' own time is what ESLint's `stats` measure for each rule (`create` and its
// listeners), summed over the files. Times are CPU time (user + system: the other processes of a
// shared machine disturb it far less than wall time), and wall time.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareTable, median, ms, timeWork } from './stats.mjs';
import { WRITER_EVERY, buildTree } from './tree.mjs';

const FILE_COUNT = Number(process.env.BENCH_FILES ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = resolve(import.meta.dirname, '../..');
const requireFromPlugin = createRequire(join(root, 'packages/eslint-plugin/package.json'));
const { ESLint } = requireFromPlugin('eslint');
const parser = requireFromPlugin('@typescript-eslint/parser');
const { default: plugin } = await import(pathToFileURL(join(root, 'packages/eslint-plugin/dist/index.js')).href);

const tree = buildTree(FILE_COUNT);
try {
  const files = readdirSync(join(tree, 'src'), { recursive: true })
    .filter((name) => name.endsWith('.ts') && name !== 'cookies.ts')
    .map((name) => join(tree, 'src', name))
    .filter((file) => !readFileSync(file, 'utf8').includes('response.cookie('));
  const base = { files: ['**/*.ts'], languageOptions: { parser } };
  const configs = {
    parseOnly: [base],
    traversal: [base, { rules: { 'no-debugger': 'error' } }],
    recommended: [base, plugin.configs.recommended, { settings: { 'cookie-ledger': { policy: join(tree, 'src/cookies.ts') } } }],
  };
  /** Lints every file; returns each rule's own time over the run (ESLint's stats), in milliseconds. */
  const lintAll = async (config) => {
    const eslint = new ESLint({ cwd: tree, overrideConfigFile: true, overrideConfig: config, stats: true });
    const results = await eslint.lintFiles(files);
    const ruleTimes = {};
    for (const result of results) {
      if (result.messages.length > 0) throw new Error(`${result.filePath}: ${result.messages[0].message}`);
      for (const pass of result.stats.times.passes) for (const [rule, { total }] of Object.entries(pass.rules ?? {})) ruleTimes[rule] = (ruleTimes[rule] ?? 0) + total;
    }
    return ruleTimes;
  };
  const runs = Object.fromEntries(Object.keys(configs).map((name) => [name, []]));
  for (const config of Object.values(configs)) await lintAll(config);
  for (let run = 0; run < RUNS; run += 1) {
    for (const [name, config] of Object.entries(configs)) {
      let ruleTimes;
      const time = await timeWork(async () => (ruleTimes = await lintAll(config)));
      runs[name].push({ ...time, ruleTimes });
    }
  }
  console.log(`${files.length} files with nothing to find (of ${FILE_COUNT + (FILE_COUNT / 100) * 7}; one module in ${WRITER_EVERY} writes a cookie), ${RUNS} runs of each config, alternating`);
  for (const measure of ['cpu', 'wall']) {
    const samples = (name) => runs[name].map((run) => run[measure]);
    console.log(`\n${measure} time`);
    console.log(
      compareTable([
        ['recommended', samples('recommended'), 'no-debugger', samples('traversal')],
        ['recommended', samples('recommended'), 'parse only', samples('parseOnly')],
        ['no-debugger', samples('traversal'), 'parse only', samples('parseOnly')],
      ]),
    );
  }
  const parseOnly = median(runs.parseOnly.map((run) => run.wall));
  const own = (rule) => runs.recommended.map((run) => Object.entries(run.ruleTimes).filter(([id]) => rule === undefined || id === rule).reduce((sum, [, time]) => sum + time, 0));
  console.log(`\nrules' own time (ESLint's stats, wall), against the parse-only run's median wall time ${ms(parseOnly)}:`);
  console.log('| rule | median | % of parse only | runs |');
  console.log('| --- | --- | --- | --- |');
  for (const rule of [...Object.keys(runs.recommended[0].ruleTimes), undefined]) {
    const times = own(rule);
    console.log(`| ${rule ?? 'all four'} | ${ms(median(times))} | ${((median(times) / parseOnly) * 100).toFixed(2)}% | ${times.map(ms).join(', ')} |`);
  }
  // For scale: what a trivial core rule costs on the same files, in its own config.
  const trivial = runs.traversal.map((run) => run.ruleTimes['no-debugger'] ?? 0);
  console.log(`| no-debugger (its own config, for scale) | ${ms(median(trivial))} | ${((median(trivial) / parseOnly) * 100).toFixed(2)}% | ${trivial.map(ms).join(', ')} |`);
} finally {
  rmSync(tree, { recursive: true, force: true });
}
