import type { RenderContext } from '../RenderContext.js';
import { escapeCsv } from '../escape/escapeCsv.js';
import { toPlainText } from '../text/inline.js';
import { COLUMNS, getColumnHeader } from '../view/columns.js';

/** One row per declaration, the chosen columns (default: all), RFC 4180: CRLF line ends, quotes doubled. */
export function renderCsv(context: RenderContext): string {
  const header = context.columns.map((column) => escapeCsv(getColumnHeader(column, context.policy.cookies, context)));
  const rows = context.policy.cookies.map((cookie) => context.columns.map((column) => escapeCsv(toPlainText(COLUMNS[column.id](cookie, context)))));
  return [header, ...rows].map((row) => `${row.join(',')}\r\n`).join('');
}
