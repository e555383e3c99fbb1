// docgen: renderPolicy on a policy of 200 declarations (every format, both locales), against
// JSON.stringify of the same policy (the floor of any export), and the whole `cookie-ledger docs`
// command on the example app (process start, finding the policy, reading it, rendering), against
// `cookie-ledger --version` (the same process start and nothing else), with the answers kept in
// node_modules/.cache and without them (the first run after an edit).
// Medians of several runs; the first run of each is a warm-up and is not counted.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { defineCookie, defineCookiePolicy, COOKIE_CATEGORIES } from '@cookie-ledger/core';
import { compareTable } from './stats.mjs';

const RUNS = 15;
const root = resolve(import.meta.dirname, '../..');
// The root does not depend on docgen; the bench reads its build like extract.bench.mjs does.
const { renderPolicy, FORMATS } = await import(pathToFileURL(resolve(root, 'packages/docgen/dist/index.js')).href);

const policy = defineCookiePolicy({
  owner: 'Acme',
  site: 'https://shop.example.com',
  locales: ['en', 'fr'],
  cookies: Array.from({ length: 200 }, (_, index) =>
    defineCookie({
      name: index % 3 === 0 ? `pref_${index}_*` : `cookie_${index}`,
      provider: index % 2 ? 'Acme' : { name: `Vendor ${index % 7}`, privacyPolicy: 'https://vendor.example/privacy' },
      category: COOKIE_CATEGORIES[index % COOKIE_CATEGORIES.length],
      purpose: { en: `Purpose number ${index}, with a comma | and a pipe`, fr: `Finalité numéro ${index}` },
      feature: { en: 'Feature', fr: 'Fonction' },
      locations: [{ en: 'front office', fr: 'front office' }, { en: 'back office', fr: 'back office' }],
      duration: { months: 1 + (index % 13), refresh: index % 5 === 0 },
      attributes: { domain: 'example.com' },
    }),
  ),
});

function time(run, runs = RUNS) {
  const samples = [];
  for (let index = 0; index <= runs; index += 1) {
    const start = performance.now();
    run();
    if (index > 0) samples.push(performance.now() - start);
  }
  return samples;
}

const floor = time(() => JSON.stringify(policy));
const rows = FORMATS.flatMap((format) => ['en', 'fr'].map((locale) => [`renderPolicy ${format} ${locale}`, time(() => renderPolicy(policy, { format, locale })), 'JSON.stringify(policy)', floor]));
console.log(`renderPolicy, 200 declarations, median of ${RUNS} runs:`);
console.log(compareTable(rows));

const bin = resolve(root, 'node_modules/.bin/cookie-ledger');
const example = resolve(root, 'docs/examples/opendatasoft-portal');
const commandRuns = 5;
const run = (args) => () => execFileSync(bin, args, { cwd: example });
const docs = time(run(['docs', '--format', 'html']), commandRuns);
const uncached = time(() => {
  rmSync(resolve(example, 'node_modules/.cache/cookie-ledger'), { recursive: true, force: true });
  run(['docs', '--format', 'html'])();
}, commandRuns);
const version = time(run(['--version']), commandRuns);
console.log(`\nthe whole process on the example (through pnpm's bin link), median of ${commandRuns}:`);
console.log(
  compareTable([
    ['cookie-ledger docs --format html', docs, 'cookie-ledger --version', version],
    ['the same, nothing kept in node_modules/.cache', uncached, 'cookie-ledger --version', version],
  ]),
);
