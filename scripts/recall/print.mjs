// The measurement as text: a table per application, split and total, recall per shape, then
// every report on no catalogued site, parse errors and exceptions, so each can be read and judged.

const percent = (value) => (value === null ? '  -  ' : `${(value * 100).toFixed(0).padStart(3)}%`);

/** One table row of counts. */
function row(label, figures) {
  const unchecked = figures.sites - figures.checkable;
  return [
    label.padEnd(20),
    `${String(figures.found).padStart(3)}/${String(figures.checkable).padEnd(3)} sites found, recall ${percent(figures.recall)}`,
    unchecked > 0 ? ` (+${unchecked} not checkable; of all ${percent(figures.recallOfAll)})` : '',
    `  | ${String(figures.reports).padStart(3)} reports: ${figures.onSites} on sites, ${figures.onHelpers} inside helpers, ${figures.judgedNotSites} judged false, ${figures.unexplained} unexplained; precision ${percent(figures.precision)} (${percent(figures.precisionBesideHelpers)} beside helpers)`,
    `  | ${figures.exceptions} exceptions, ${figures.parseErrors} parse errors`,
  ].join('');
}

/** Prints the whole measurement; `showMisses` lists the missed sites of the dev applications. */
export function printMeasurement({ apps, splits, total, missing, unreadable }, { showMisses }) {
  if (missing.length > 0) console.log(`Not measured (no checkout): ${missing.map((app) => `${app.name} (${app.repo})`).join(', ')}\n`);
  if (unreadable.length > 0) console.log(`No parser installed for ${unreadable.join(', ')}: sites in those files are not checkable.\n`);
  for (const app of apps) console.log(row(`${app.name} [${app.split}]`, app.figures));
  console.log('');
  for (const [split, figures] of Object.entries(splits)) console.log(row(`split ${split}`, figures));
  console.log(row('total', total));
  console.log('\nRecall by shape (a site counts under each of its tags):');
  for (const [shape, entry] of Object.entries(total.byShape).sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${shape.padEnd(10)} ${String(entry.found).padStart(3)}/${String(entry.sites).padEnd(3)} ${percent(entry.recall)}`);
  }
  for (const app of apps) {
    if (app.split === 'dev') printDetails(app, showMisses);
    else printHoldoutCounts(app);
  }
}

// A holdout's reports are not printed: reading them is tuning on it. It moves to dev first.
function printHoldoutCounts(app) {
  const { unexplained, exceptions, parseErrors } = app.scored;
  const missed = app.scored.sites.filter((site) => site.status === 'missed').length;
  console.log(`\n${app.name}: holdout, details not printed (${missed} missed, ${unexplained.length} unexplained, ${exceptions.length} exceptions, ${parseErrors.length} parse errors); move it to dev to read them`);
}

function printDetails(app, showMisses) {
  const lines = [
    ...app.checkoutProblems.map((problem) => `  catalogue: ${problem}`),
    ...app.scored.unexplained.map((report) => `  unexplained report ${report.file}:${report.line}:${report.column} ${report.ruleId}: ${report.message}`),
    ...app.scored.onHelpers.map((report) => `  inside a helper ${report.file}:${report.line} ${report.ruleId} (${report.note})`),
    ...app.scored.judgedNotSites.map((report) => `  false report ${report.file}:${report.line} ${report.ruleId} (${report.note})`),
    ...app.scored.exceptions.map((entry) => `  EXCEPTION ${entry.file}\n${entry.error.replace(/^/gm, '    ')}`),
    ...app.scored.parseErrors.map((entry) => `  parse error ${entry.file}:${entry.line}: ${entry.message}`),
    ...(showMisses ? app.scored.sites.filter((site) => site.status === 'missed').map((site) => `  missed ${site.file}:${site.line} ${site.storage} ${site.name} [${site.shape}]`) : []),
  ];
  if (lines.length > 0) console.log(`\n${app.name}:\n${lines.join('\n')}`);
}
