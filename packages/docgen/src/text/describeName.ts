import { parseNamePattern, type ResolvedCookie } from '@cookie-ledger/core';
import type { DocgenLocale } from '../locales/DocgenLocale.js';
import { fillTextTemplate } from './inline.js';

/**
 * A declared name in words: the name itself, "any cookie starting with _ga_", "any cookie
 * ending with _id", or "any cookie matching /^_pk_id\./" for a RegExp.
 */
export function describeName(cookie: Pick<ResolvedCookie, 'name' | 'storage'>, locale: DocgenLocale): string {
  const pattern = parseNamePattern(cookie.name);
  const anyItem = locale.storages[cookie.storage].anyItem;
  switch (pattern.kind) {
    case 'exact':
      return pattern.name;
    case 'prefix':
      return fillTextTemplate(locale.patterns.prefix, { anyItem, value: pattern.prefix });
    case 'suffix':
      return fillTextTemplate(locale.patterns.suffix, { anyItem, value: pattern.suffix });
    case 'regex':
      return fillTextTemplate(locale.patterns.regex, { anyItem, value: String(pattern.regex) });
    case 'invalid':
      // A validated policy holds no invalid name; show what was written rather than hide it.
      return String(cookie.name);
  }
}
