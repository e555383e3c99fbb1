// docgen: renderPolicy on a policy of 200 declarations (every format, both locales), and the
// whole `cookie-ledger docs` command on the example app (process start, static read, render).
// Medians of several runs; the first run of each is a warm-up and is not counted.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { defineCookie, defineCookiePolicy, COOKIE_CATEGORIES } from '@cookie-ledger/core';
import { median, ms } from './stats.mjs';

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

function time(run) {
  const samples = [];
  for (let index = 0; index <= RUNS; index += 1) {
    const start = performance.now();
    run();
    if (index > 0) samples.push(performance.now() - start);
  }
  return median(samples);
}

console.log(`renderPolicy, 200 declarations, median of ${RUNS} runs:`);
for (const format of FORMATS) {
  for (const locale of ['en', 'fr']) console.log(`  ${format.padEnd(8)} ${locale}  ${ms(time(() => renderPolicy(policy, { format, locale })))}`);
}

const bin = resolve(root, 'node_modules/.bin/cookie-ledger');
const example = resolve(root, 'docs/examples/opendatasoft-portal');
const commandRuns = 5;
const samples = [];
for (let index = 0; index <= commandRuns; index += 1) {
  const start = performance.now();
  execFileSync(bin, ['docs', '--format', 'html'], { cwd: example });
  if (index > 0) samples.push(performance.now() - start);
}
console.log(`cookie-ledger docs --format html on the example (whole process, through pnpm's bin link), median of ${commandRuns}: ${ms(median(samples))}`);
