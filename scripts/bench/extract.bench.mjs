// @cookie-ledger/extract: loadPolicy on a generated policy of 200 declarations over 20 files.
// Cold: a fresh Node process imports the package and loads once (import time reported apart).
// In-process: after clearPolicyCache() (parsing again, JIT warm), unchanged (the stat check
// only) and after editing one declaration file. Every figure is the median of several runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, ms } from './stats.mjs';

const FILES = 20;
const PER_FILE = 10;
const COLD_RUNS = 7;
const RUNS = 15;
const WARM_CALLS = 2000;

const extractUrl = pathToFileURL(resolve(import.meta.dirname, '../../packages/extract/dist/index.js')).href;
const root = mkdtempSync(join(tmpdir(), 'cookie-ledger-bench-extract-'));

try {
  writeProject(root);
  const policyFile = join(root, 'src/cookies.ts');

  const coldProcess = Array.from({ length: COLD_RUNS }, () => JSON.parse(runFreshProcess(policyFile)));
  const { loadPolicy, clearPolicyCache } = await import(extractUrl);
  const declarations = loadPolicy(policyFile).declarations.length;
  if (declarations !== FILES * PER_FILE) throw new Error(`Expected ${FILES * PER_FILE} declarations, loaded ${declarations}.`);

  const inProcessCold = time(RUNS, () => {
    clearPolicyCache();
    loadPolicy(policyFile);
  });
  const warm = Array.from({ length: RUNS }, () => time(1, () => {
    for (let call = 0; call < WARM_CALLS; call += 1) loadPolicy(policyFile);
  })[0] / WARM_CALLS);
  let edit = 0;
  const afterEdit = time(RUNS, () => {
    edit += 1;
    writeFileSync(join(root, 'src/declarations/file07.ts'), declarationFile(7, `edited ${edit}`));
    loadPolicy(policyFile);
  });

  console.log(`policy: ${declarations} declarations in ${FILES} files + a shared module (medians)`);
  console.log(`  cold, fresh process: import ${ms(median(coldProcess.map((run) => run.importMs)))}, first load ${ms(median(coldProcess.map((run) => run.loadMs)))} (${COLD_RUNS} runs)`);
  console.log(`  in process after clearPolicyCache(): ${ms(median(inProcessCold))} (${RUNS} runs)`);
  console.log(`  warm, nothing changed: ${ms(median(warm))} per call (${RUNS} batches of ${WARM_CALLS})`);
  console.log(`  after editing one declaration file: ${ms(median(afterEdit))} (${RUNS} runs)`);
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

function runFreshProcess(policyFile) {
  const script = `const t0 = performance.now();
const { loadPolicy } = await import(${JSON.stringify(extractUrl)});
const t1 = performance.now();
loadPolicy(${JSON.stringify(policyFile)});
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: performance.now() - t1 }));`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
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
