/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, its quotes doubled. */
export function escapeCsv(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
