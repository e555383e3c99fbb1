// Matches the plugin's reports to the catalogued write sites of one application and counts.
// A site is found when a report of the plugin is on its line in its file. A report on no site is
// on a helper's inner write, on a line judged not a site (`notSites`: a Set-Cookie header
// forwarding a cookie named elsewhere, a removal), or unexplained: to be read, then catalogued.

const key = (file, line) => `${file}:${line}`;

/**
 * Scores one application. `unchecked(site)` says why a site could not be linted (its file's
 * parser is not installed), or undefined.
 */
export function scoreApp(app, lint, unchecked) {
  const reportedLines = new Set(lint.reports.map((report) => key(report.file, report.line)));
  const siteLines = new Set(app.sites.map((site) => key(site.file, site.line)));
  const helperLines = new Map((app.helpers ?? []).map((helper) => [key(helper.file, helper.line), helper.note]));
  const sites = app.sites.map((site) => {
    const reason = unchecked(site);
    return { ...site, status: reason !== undefined ? 'unchecked' : reportedLines.has(key(site.file, site.line)) ? 'found' : 'missed', reason };
  });
  const judgedLines = new Map((app.notSites ?? []).map((entry) => [key(entry.file, entry.line), entry.note]));
  const offSite = lint.reports.filter((report) => !siteLines.has(key(report.file, report.line)));
  const onHelper = (report) => helperLines.has(key(report.file, report.line));
  const judged = (report) => judgedLines.has(key(report.file, report.line));
  return {
    sites,
    reports: lint.reports.length,
    onSites: lint.reports.length - offSite.length,
    onHelpers: offSite.filter(onHelper).map((report) => ({ ...report, note: helperLines.get(key(report.file, report.line)) })),
    judgedNotSites: offSite.filter((report) => !onHelper(report) && judged(report)).map((report) => ({ ...report, note: judgedLines.get(key(report.file, report.line)) })),
    unexplained: offSite.filter((report) => !onHelper(report) && !judged(report)),
    parseErrors: lint.parseErrors,
    exceptions: lint.exceptions,
  };
}

/** Sums scored applications: counts, recall and precision, and recall per shape tag. */
export function summarise(scored) {
  const sites = scored.flatMap((entry) => entry.sites);
  const checkable = sites.filter((site) => site.status !== 'unchecked');
  const found = checkable.filter((site) => site.status === 'found').length;
  const reports = sum(scored, (entry) => entry.reports);
  const onSites = sum(scored, (entry) => entry.onSites);
  return {
    sites: sites.length,
    checkable: checkable.length,
    found,
    recall: ratio(found, checkable.length),
    recallOfAll: ratio(found, sites.length),
    reports,
    onSites,
    onHelpers: sum(scored, (entry) => entry.onHelpers.length),
    judgedNotSites: sum(scored, (entry) => entry.judgedNotSites.length),
    unexplained: sum(scored, (entry) => entry.unexplained.length),
    precision: ratio(onSites, reports),
    // The warnings inside helpers are true today (a parameter is unreadable) but name no site.
    precisionBesideHelpers: ratio(onSites, reports - sum(scored, (entry) => entry.onHelpers.length)),
    parseErrors: sum(scored, (entry) => entry.parseErrors.length),
    exceptions: sum(scored, (entry) => entry.exceptions.length),
    byShape: recallByShape(checkable),
  };
}

/** For each shape tag, the checkable sites carrying it and how many were found. */
function recallByShape(checkable) {
  const byShape = {};
  for (const site of checkable) {
    for (const tag of site.shape.split('+')) {
      byShape[tag] ??= { sites: 0, found: 0 };
      byShape[tag].sites += 1;
      if (site.status === 'found') byShape[tag].found += 1;
    }
  }
  for (const entry of Object.values(byShape)) entry.recall = ratio(entry.found, entry.sites);
  return byShape;
}

const sum = (list, pick) => list.reduce((total, entry) => total + pick(entry), 0);
const ratio = (part, whole) => (whole === 0 ? null : part / whole);
