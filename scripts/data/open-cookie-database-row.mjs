// How one Open Cookie Database row becomes a cookie-ledger suggestion.

/** OCD categories to cookie-ledger categories. OCD's "Functional" rows are cookies a site needs to work. */
const CATEGORIES = {
  Functional: 'necessary',
  Necessary: 'necessary',
  Security: 'necessary',
  Personalization: 'preferences',
  Analytics: 'statistics',
  Marketing: 'marketing',
};

const UNITS = {
  second: 'seconds', sec: 'seconds', secs: 'seconds', minute: 'minutes', min: 'minutes', mins: 'minutes',
  hour: 'hours', day: 'days', week: 'weeks', month: 'months', year: 'years',
};

/** A free-text retention ("1 year", "30 mins", "session") as a duration, or undefined when it is not one. */
export function parseRetention(text) {
  const value = text.trim().toLowerCase();
  if (value === 'session' || value === 'end of session (browser)' || value === 'browser session') return 'session';
  const match = /^(\d+(?:\.\d+)?)\s*(seconds?|secs?|minutes?|mins?|hours?|days?|weeks?|months?|years?)$/.exec(value);
  if (!match) return undefined;
  const unit = UNITS[match[2].replace(/s$/, '')] ?? UNITS[match[2]];
  return unit ? { [unit]: Number(match[1]) } : undefined;
}

/** The suggestion for one row, or undefined for a row without a usable name or category. */
export function normaliseRow(row) {
  const name = row['Cookie / Data Key name'].trim();
  const category = CATEGORIES[row.Category.trim()];
  if (name === '' || name.includes('*') || category === undefined) return undefined;
  const entry = {
    name: row['Wildcard match'] === '1' ? `${name}*` : name,
    platform: row.Platform.trim(),
    provider: (row['Data Controller'].trim() || row.Platform.trim()),
    category,
    purpose: row.Description.trim(),
    retention: row['Retention period'].trim(),
  };
  const duration = parseRetention(entry.retention);
  if (duration !== undefined) entry.duration = duration;
  const privacyPolicy = row['User Privacy & GDPR Rights Portals'].trim();
  if (/^https?:\/\//.test(privacyPolicy)) entry.privacyPolicy = privacyPolicy;
  const domain = row.Domain.trim();
  if (domain !== '') entry.domain = domain;
  entry.id = row.ID.trim();
  return entry;
}
