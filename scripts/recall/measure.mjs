// Recall and precision of @cookie-ledger/eslint-plugin on real applications: every cookie and
// storage write site catalogued by hand in scripts/recall/corpus/<app>.json, against what the
// built plugin reports on the same checkout. See scripts/recall/README.md.
// Usage (from the repository root, after `pnpm build`):
//   node scripts/recall/measure.mjs [--corpus /work/corpus] [--app name]... [--json out.json] [--misses]
//   (--catalogue <folder> reads another catalogue than scripts/recall/corpus: the tests use it)
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findCheckoutProblems, listAppFiles, readCatalogue } from './corpus.mjs';
import { checkCanary, componentParsers, lintApp, unreadableComponent, writeUnrelatedPolicy } from './lintApp.mjs';
import { printMeasurement } from './print.mjs';
import { scoreApp, summarise } from './score.mjs';

const { values: options } = parseArgs({
  options: {
    corpus: { type: 'string', default: '/work/corpus' },
    catalogue: { type: 'string', default: join(import.meta.dirname, 'corpus') },
    app: { type: 'string', multiple: true },
    json: { type: 'string' },
    misses: { type: 'boolean', default: false },
  },
});

const catalogue = readCatalogue(options.catalogue);
const unknown = (options.app ?? []).filter((name) => !catalogue.some((app) => app.name === name));
if (unknown.length > 0) throw new Error(`No application ${unknown.map((name) => `"${name}"`).join(', ')} in the catalogue; there are: ${catalogue.map((app) => app.name).join(', ')}.`);
const chosen = options.app === undefined ? catalogue : catalogue.filter((app) => options.app.includes(app.name));

const policy = writeUnrelatedPolicy();
await checkCanary(policy);

const missing = [];
const measured = [];
for (const app of chosen) {
  const appRoot = join(options.corpus, app.name);
  if (!existsSync(appRoot)) {
    missing.push(app);
    continue;
  }
  const files = listAppFiles(appRoot, app);
  process.stderr.write(`${app.name}: linting ${files.length} files\n`);
  const lint = await lintApp(appRoot, files, policy);
  const unchecked = (site) => {
    const extension = unreadableComponent(site.file);
    return extension === undefined ? undefined : `no ${extension} parser installed`;
  };
  const scored = scoreApp(app, lint, unchecked);
  measured.push({ name: app.name, repo: app.repo, split: app.split, files: files.length, checkoutProblems: findCheckoutProblems(appRoot, app, files), scored, figures: summarise([scored]) });
}

const splits = {};
for (const split of [...new Set(measured.map((app) => app.split))].sort()) {
  splits[split] = summarise(measured.filter((app) => app.split === split).map((app) => app.scored));
}
const measurement = {
  apps: measured,
  splits,
  total: summarise(measured.map((app) => app.scored)),
  missing,
  unreadable: Object.keys(componentParsers).filter((extension) => componentParsers[extension] === undefined),
};
printMeasurement(measurement, { showMisses: options.misses });

if (options.json !== undefined) {
  const figures = (app) => ({ name: app.name, repo: app.repo, split: app.split, files: app.files, ...app.figures, catalogue: app.scored.sites, unexplained: app.scored.unexplained, onHelpers: app.scored.onHelpers, judgedNotSites: app.scored.judgedNotSites, exceptions: app.scored.exceptions, parseErrors: app.scored.parseErrors });
  const output = { apps: measured.map(figures), splits, total: measurement.total, missing: missing.map((app) => app.name), unreadable: measurement.unreadable };
  writeFileSync(options.json, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`\nFigures written to ${options.json}`);
}
process.exitCode = measurement.total.exceptions > 0 ? 1 : 0;
