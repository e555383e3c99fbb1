/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, its quotes
 * doubled. A text that a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`, `@SUM`)
 * gets a leading apostrophe, so that opening the export never runs a declaration's text.
 */
export function escapeCsv(field: string): string {
  const safe = FORMULA_START.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
