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
    if (value.trim() !== '') return true;
    collector.add('invalid-text', segments, { subject, received: 'an empty string' });
    return false;
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
    }
  }
  for (const locale of locales) {
    if (!(locale in value)) collector.add('missing-locale-text', [...segments, locale], { subject, detail: locale });
  }
  return usable;
}
