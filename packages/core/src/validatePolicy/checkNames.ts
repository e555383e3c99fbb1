import { type ParsedNamePattern, parseNamePattern } from '../namePattern/parseNamePattern.js';
import type { IssueCollector } from './IssueCollector.js';
import { isRecord } from './IssueCollector.js';
import { describeDeclaration } from './checkDeclaration.js';

interface Named {
  readonly index: number;
  readonly storage: unknown;
  readonly category: unknown;
  readonly key: string;
  readonly pattern: ParsedNamePattern;
}

/**
 * Checks the declarations against each other: one declaration per name and storage, and no two
 * prefix (or two suffix) patterns that cover the same names with different categories. A prefix
 * and a suffix always share names in theory (`_ga*` and `*_id` both cover `_ga_id`), and a RegExp
 * cannot be compared statically, so neither is reported; `match` resolves them by specificity.
 */
export function checkNames(collector: IssueCollector, cookies: readonly unknown[]): void {
  const named: Named[] = [];
  cookies.forEach((value, index) => {
    if (!isRecord(value)) return;
    const { name } = value;
    if (typeof name !== 'string' && !(name instanceof RegExp)) return;
    const pattern = parseNamePattern(name);
    if (pattern.kind === 'invalid') return;
    const storage = value.storage ?? 'cookie';
    named.push({ index, storage, category: value.category, key: `${String(storage)}\0${String(name)}`, pattern });
  });

  const first = new Map<string, Named>();
  for (const entry of named) {
    const earlier = first.get(entry.key);
    if (earlier) {
      collector.add('duplicate-name', ['cookies', entry.index, 'name'], {
        subject: describeDeclaration(cookies[entry.index], entry.index),
        detail: `cookies[${earlier.index}]`,
      });
    } else first.set(entry.key, entry);
  }

  const unique = [...first.values()];
  for (const [position, entry] of unique.entries()) {
    const other = unique.slice(0, position).find((earlier) =>
      earlier.storage === entry.storage && earlier.category !== entry.category && patternsOverlap(earlier.pattern, entry.pattern));
    if (other) {
      collector.add('overlapping-patterns', ['cookies', entry.index, 'name'], {
        subject: describeDeclaration(cookies[entry.index], entry.index),
        detail: `${describeDeclaration(cookies[other.index], other.index)} (cookies[${other.index}])`,
      });
    }
  }
}

function patternsOverlap(a: ParsedNamePattern, b: ParsedNamePattern): boolean {
  if (a.kind === 'prefix' && b.kind === 'prefix') return a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix);
  if (a.kind === 'suffix' && b.kind === 'suffix') return a.suffix.endsWith(b.suffix) || b.suffix.endsWith(a.suffix);
  return false;
}
