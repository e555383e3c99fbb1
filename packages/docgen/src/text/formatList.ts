import type { DocgenLocale } from '../locales/DocgenLocale.js';

/** Joins items as the locale does: "a, b and c". */
export function formatList(items: readonly string[], locale: DocgenLocale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(locale.list.separator)}${locale.list.lastSeparator}${items.at(-1)}`;
}
