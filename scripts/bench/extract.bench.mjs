// @cookie-ledger/extract: loadPolicy on a generated policy of 200 declarations over 20 files.
// Cold: a fresh Node process imports the package and loads once, from the source (loadPolicy,
// which loads ts-morph) and from the copy on disk (loadCachedPolicy, what the ESLint plugin and
// the CLI use), against a fresh Node process that does nothing. In-process: after
// clearPolicyCache() (parsing again, JIT warm) against reading the same files, unchanged (the
// stat check only) against one stat, and after editing one declaration file against the read
// after clearPolicyCache(). Every figure is the median of several runs, beside its baseline.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareTable } from './stats.mjs';

const FILES = 20;
const PER_FILE = 10;
const COLD_RUNS = 7;
const RUNS = 15;
const WARM_CALLS = 2000;

const extractUrl = pathToFileURL(resolve(import.meta.dirname, '../../packages/extract/dist/index.js')).href;
const cachedUrl = pathToFileURL(resolve(import.meta.dirname, '../../packages/extract/dist/cache/index.js')).href;
const root = mkdtempSync(join(tmpdir(), 'cookie-ledger-bench-extract-'));

try {
  writeProject(root);
  const policyFile = join(root, 'src/cookies.ts');

  // The copy on disk goes to the nearest node_modules folder above the policy.
  mkdirSync(join(root, 'node_modules'));
  const coldProcess = Array.from({ length: COLD_RUNS }, () => runFreshProcess(extractUrl, 'loadPolicy', policyFile));
  runFreshProcess(cachedUrl, 'loadCachedPolicy', policyFile); // writes the copy
  const coldCached = Array.from({ length: COLD_RUNS }, () => runFreshProcess(cachedUrl, 'loadCachedPolicy', policyFile));
  const emptyProcess = Array.from({ length: COLD_RUNS }, () => runFreshProcess());
  const { loadPolicy, clearPolicyCache } = await import(extractUrl);
  const declarations = loadPolicy(policyFile).declarations.length;
  if (declarations !== FILES * PER_FILE) throw new Error(`Expected ${FILES * PER_FILE} declarations, loaded ${declarations}.`);

  const inProcessCold = time(RUNS, () => {
    clearPolicyCache();
    loadPolicy(policyFile);
  });
  const files = loadPolicy(policyFile).files;
  const readFiles = time(RUNS, () => {
    for (const file of files) readFileSync(file, 'utf8');
  });
  const perCall = (work) => Array.from({ length: RUNS }, () => time(1, () => {
    for (let call = 0; call < WARM_CALLS; call += 1) work();
  })[0] / WARM_CALLS);
  const warm = perCall(() => loadPolicy(policyFile));
  const oneStat = perCall(() => statSync(policyFile, { bigint: true }));
  let edit = 0;
  const afterEdit = time(RUNS, () => {
    edit += 1;
    writeFileSync(join(root, 'src/declarations/file07.ts'), declarationFile(7, `edited ${edit}`));
    loadPolicy(policyFile);
  });

  const wall = (runs) => runs.map((run) => run.wallMs);
  console.log(`policy: ${declarations} declarations in ${FILES} files + a shared module; medians of ${COLD_RUNS} fresh processes, ${RUNS} in-process runs (warm: batches of ${WARM_CALLS} calls)`);
  console.log(
    compareTable([
      ['fresh process: import extract + loadPolicy (source)', wall(coldProcess), 'fresh process doing nothing', wall(emptyProcess)],
      ['  of which the import and the load', coldProcess.map((run) => run.importMs + run.loadMs), 'fresh process doing nothing', wall(emptyProcess)],
      ['fresh process: import extract/cached + loadCachedPolicy (copy on disk)', wall(coldCached), 'fresh process doing nothing', wall(emptyProcess)],
      ['  of which the import and the load', coldCached.map((run) => run.importMs + run.loadMs), 'fresh process doing nothing', wall(emptyProcess)],
      ['in process, after clearPolicyCache()', inProcessCold, `reading the ${files.length} files`, readFiles],
      ['warm, nothing changed (per call)', warm, 'one stat', oneStat],
      ['after editing one declaration file', afterEdit, 'after clearPolicyCache()', inProcessCold],
    ]),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}

function time(runs, work) {
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
}

/** A fresh Node process: without arguments it does nothing; else it imports `url` and calls its `load` once. Times in ms. */
function runFreshProcess(url, load, policyFile) {
  const script =
    url === undefined
      ? ''
      : `const t0 = performance.now();
const { ${load} } = await import(${JSON.stringify(url)});
const t1 = performance.now();
${load}(${JSON.stringify(policyFile)});
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: performance.now() - t1 }));`;
  const start = performance.now();
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return { wallMs: performance.now() - start, ...(url === undefined ? {} : JSON.parse(output)) };
}

function writeProject(dir) {
  const write = (path, text) => {
    execFileSync('mkdir', ['-p', join(dir, path, '..')]);
    writeFileSync(join(dir, path), text);
  };
  write('tsconfig.json', JSON.stringify({ compilerOptions: { paths: { '@shared': ['./src/shared.ts'] } } }));
  write(
    'src/shared.ts',
    `export const vendor = { name: 'Acme Analytics', url: 'https://analytics.example', country: 'FR' } as const;
export const firstParty = { category: 'necessary', setBy: 'app' } as const;
export const YEAR = 365;`,
  );
  for (let file = 0; file < FILES; file += 1) write(`src/declarations/file${pad(file)}.ts`, declarationFile(file, 'first'));
  const imports = Array.from({ length: FILES }, (_, file) => `import * as f${file} from './declarations/file${pad(file)}.js';`).join('\n');
  const lists = Array.from({ length: FILES }, (_, file) => `...f${file}.all`).join(', ');
  write(
    'src/cookies.ts',
    `import { defineCookiePolicy } from '@cookie-ledger/core';\n${imports}\n
export default defineCookiePolicy({ owner: 'Acme', site: 'https://acme.example', locales: ['en', 'fr'], cookies: [${lists}] });\n`,
  );
}

function declarationFile(file, note) {
  const declarations = Array.from({ length: PER_FILE }, (_, index) => {
    const id = `c${pad(file)}_${index}`;
    return index % 2 === 0
      ? `/** Cookie ${id} (${note}). */
export const ${id} = defineCookie({
  ...firstParty,
  name: '${id}',
  purpose: { en: 'Keeps feature ${id} working', fr: 'Fait marcher ${id}' },
  duration: { days: YEAR * 2 },
  attributes: { httpOnly: true, secure: true, sameSite: 'lax', path: '/' },
});`
      : `export const ${id} = defineCookie({
  name: \`_${id}_\${'*'}\`,
  provider: vendor,
  category: 'statistics',
  purpose: { en: 'Audience measurement', fr: "Mesure d'audience" },
  duration: { months: 13 },
});`;
  });
  const names = Array.from({ length: PER_FILE }, (_, index) => `c${pad(file)}_${index}`).join(', ');
  return `import { defineCookie } from '@cookie-ledger/core';
import { firstParty, vendor, YEAR } from '@shared';

${declarations.join('\n\n')}

export const all = [${names}];
`;
}

function pad(number) {
  return String(number).padStart(2, '0');
}
