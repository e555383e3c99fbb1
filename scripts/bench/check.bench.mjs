// `cookie-ledger check` against `eslint` with the same parser and no rules, on a generated tree
// of 10,000 TypeScript files of which 1% set cookies. Both run as fresh processes, alternating,
// RUNS times each; each run reports wall time, CPU time (user + system, which the other
// processes of a shared machine disturb far less) and peak memory (GNU time's maximum RSS).
// The tree is tree.mjs's.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { compareTable, seconds } from './stats.mjs';
import { WRITER_EVERY, buildTree } from './tree.mjs';

const FILE_COUNT = Number(process.env.BENCH_FILES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const root = resolve(import.meta.dirname, '../..');
const requireFromRoot = createRequire(join(root, 'package.json'));
const eslintBin = join(requireFromRoot.resolve('eslint/package.json'), '../bin/eslint.js');
const checkBin = join(root, 'packages/cli/dist/bin.js');

/** Runs a command under GNU time: wall and CPU seconds, peak RSS in MiB, exit code. */
function measure(args, cwd) {
  const { stderr, status } = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const line = stderr.split('\n').find((text) => text.startsWith('BENCH '));
  if (!line) throw new Error(`${args.join(' ')} printed no timing:\n${stderr.slice(-2000)}`);
  const [wall, user, system, rssKb] = line.split(' ').slice(1).map(Number);
  return { wall, cpu: user + system, rss: rssKb / 1024, status };
}

const tree = buildTree(FILE_COUNT);
if (process.env.BENCH_KEEP) console.log(`tree kept at ${tree}`);
try {
  const files = FILE_COUNT + (FILE_COUNT / 100) * 7;
  console.log(`tree: ${files} .ts files (${FILE_COUNT / WRITER_EVERY} set a cookie), ${RUNS} runs each, alternating`);
  const runs = { eslint: [], check: [] };
  for (let run = 0; run < RUNS; run += 1) {
    runs.eslint.push(measure(['node', eslintBin, '--no-warn-ignored', '.'], tree));
    runs.check.push(measure(['node', checkBin, 'check', '--quiet'], tree));
  }
  const samples = (name, key) => runs[name].map((entry) => entry[key]);
  for (const [key, label] of [['wall', 'wall time'], ['cpu', 'CPU time']]) {
    console.log(`\n${label}`);
    console.log(compareTable([['cookie-ledger check --quiet', samples('check', key), 'eslint . (same parser, no rules)', samples('eslint', key)]], seconds));
  }
  const mib = (value) => `${value.toFixed(0)} MiB`;
  console.log(`\npeak RSS`);
  console.log(compareTable([['cookie-ledger check --quiet', samples('check', 'rss'), 'eslint . (same parser, no rules)', samples('eslint', 'rss')]], mib));
  console.log(`exit codes: check ${[...new Set(samples('check', 'status'))].join(',')}, eslint ${[...new Set(samples('eslint', 'status'))].join(',')}`);
} finally {
  if (!process.env.BENCH_KEEP) rmSync(tree, { recursive: true, force: true });
}
