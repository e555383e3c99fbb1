// ESLint with @cookie-ledger/eslint-plugin's recommended config against the same config with no
// rules (same parser, plugin loaded, same settings), on a few thousand real files copied from
// the workspace's node_modules. Each run is a fresh `eslint` CLI process, so the one-time costs
// (loading @cookie-ledger/extract, reading the policy) are counted; runs alternate, median of each.
// The machine is shared, so besides wall time each run reports the CPU time its process used
// (user + system), which other processes disturb far less: the overhead is the ratio of those.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { compareTable } from './stats.mjs';

const FILE_COUNT = 3000;
const RUNS = 5;
const root = resolve(import.meta.dirname, '../..');
const benchDir = join(root, '.bench/eslint');
const corpus = join(benchDir, 'corpus');
const store = join(root, 'node_modules/.pnpm');
const eslintBin = join(createRequire(join(root, 'package.json')).resolve('eslint/package.json'), '../bin/eslint.js');
const parserPath = createRequire(join(root, 'packages/eslint-plugin/package.json')).resolve('@typescript-eslint/parser');
const pluginPath = join(root, 'packages/eslint-plugin/dist/index.js');
const policy = join(root, 'docs/examples/opendatasoft-portal/src/cookies.ts');

/** Every source file of the store (no .d.ts, nothing over 200 kB), sorted, so the corpus is the same on every machine with the same lockfile. */
function listSources(dir, files = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listSources(path, files);
    else if (entry.isFile() && /\.(?:[cm]?js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && statSync(path).size < 200_000) files.push(path);
  }
  return files;
}

function buildCorpus() {
  rmSync(corpus, { recursive: true, force: true });
  const all = listSources(store).sort();
  const step = Math.max(1, Math.floor(all.length / FILE_COUNT));
  const picked = all.filter((_, index) => index % step === 0).slice(0, FILE_COUNT);
  for (const file of picked) {
    // ESLint ignores node_modules folders: rename them in the copy (relative imports still line up).
    const target = join(corpus, relative(store, file).replaceAll('node_modules', 'nm'));
    mkdirSync(dirname(target), { recursive: true });
    cpSync(file, target);
  }
  return picked.length;
}

function writeConfig(name, rules) {
  const file = join(benchDir, `${name}.config.mjs`);
  writeFileSync(
    file,
    `import plugin from ${JSON.stringify(pluginPath)};
import parser from ${JSON.stringify(parserPath)};
export default [
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs', '**/*.ts'], languageOptions: { parser }, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
  { plugins: { 'cookie-ledger': plugin }, settings: { 'cookie-ledger': { policy: ${JSON.stringify(policy)} } } },
  ${rules},
];
`,
  );
  return file;
}

// Preloaded into each eslint process: writes the CPU time it used when it exits.
const cpuReport = join(benchDir, 'cpu.json');
const cpuPreload = join(benchDir, 'report-cpu.cjs');

function timeRun(config) {
  const started = performance.now();
  try {
    execFileSync(process.execPath, ['--require', cpuPreload, eslintBin, '--config', config, '--format', 'json', '--output-file', join(benchDir, 'out.json'), corpus], {
      cwd: benchDir,
      stdio: 'pipe',
    });
  } catch (error) {
    if (error.status !== 1) throw error; // 1: the rule found undeclared cookies in the corpus
  }
  const { user, system } = JSON.parse(readFileSync(cpuReport, 'utf8'));
  return { wall: performance.now() - started, cpu: (user + system) / 1000 };
}

mkdirSync(benchDir, { recursive: true });
writeFileSync(cpuPreload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(cpuReport)}, JSON.stringify(process.cpuUsage())));\n`);
const count = existsSync(corpus) && readdirSync(corpus).length > 0 ? null : buildCorpus();
const recommended = writeConfig('recommended', 'plugin.configs.recommended');
const noRules = writeConfig('no-rules', '{ rules: {} }');
console.log(`corpus: ${count ?? 'existing'} files in ${relative(root, corpus)}; ${RUNS} runs of each config, alternating`);

const runs = { noRules: [], recommended: [] };
timeRun(noRules); // warm the file system cache
for (let run = 0; run < RUNS; run += 1) {
  runs.noRules.push(timeRun(noRules));
  runs.recommended.push(timeRun(recommended));
}
for (const measure of ['cpu', 'wall']) {
  console.log(`\n${measure} time`);
  console.log(compareTable([['recommended', runs.recommended.map((run) => run[measure]), 'no rules', runs.noRules.map((run) => run[measure])]]));
}
