import type { IssueCollector } from './IssueCollector.js';
import { isRecord, printValue } from './IssueCollector.js';

/** Where a text is checked: the declaration's subject and the locales every text must have. */
export interface TextContext {
  readonly collector: IssueCollector;
  readonly subject: string;
  readonly locales: readonly string[];
}

/**
 * Checks a `LocalizedText`: a non-empty string, or an object with a non-empty string for every
 * locale the policy declares. Returns whether a usable text is there.
 */
export function checkText(context: TextContext, value: unknown, segments: readonly (string | number)[]): boolean {
  const { collector, subject, locales } = context;
  if (typeof value === 'string') {
    if (value.trim() === '') {
      collector.add('invalid-text', segments, { subject, received: 'an empty string' });
      return false;
    }
    return !isPlaceholder(context, value, segments);
  }
  if (!isRecord(value) || Object.keys(value).length === 0) {
    collector.add('invalid-text', segments, { subject, received: printValue(value) });
    return false;
  }
  let usable = true;
  for (const [locale, text] of Object.entries(value)) {
    if (typeof text !== 'string' || text.trim() === '') {
      collector.add('invalid-text', [...segments, locale], { subject, received: printValue(text) });
      usable = false;
    } else if (isPlaceholder(context, text, [...segments, locale])) usable = false;
  }
  for (const locale of locales) {
    if (!(locale in value)) collector.add('missing-locale-text', [...segments, locale], { subject, detail: locale });
  }
  return usable;
}

/** Texts that `cookie-ledger add` and `init` write for a cookie they do not know, to be replaced by a person. */
export const PLACEHOLDER = /^\s*TODO\b/i;

function isPlaceholder(context: TextContext, text: string, segments: readonly (string | number)[]): boolean {
  if (!PLACEHOLDER.test(text)) return false;
  context.collector.add('placeholder-text', segments, { subject: context.subject, received: printValue(text) });
  return true;
}
