import { parseNamePattern, type NamePattern } from '@cookie-ledger/core';

/** A declared name as a RegExp that matches whole names: undefined for an exact name. */
export function toWholeNameRegExp(name: NamePattern): RegExp | undefined {
  const pattern = parseNamePattern(name);
  switch (pattern.kind) {
    case 'prefix':
      return new RegExp(`^${escapeRegExp(pattern.prefix)}`);
    case 'suffix':
      return new RegExp(`${escapeRegExp(pattern.suffix)}$`);
    case 'regex':
      return pattern.regex;
    default:
      return undefined;
  }
}

/** `name` with the characters a RegExp reads specially escaped. */
export function escapeRegExp(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** How the declared name is written, for warnings: `"_ga_*"` or `/^_pk_/`. */
export function showName(name: NamePattern): string {
  return typeof name === 'string' ? `"${name}"` : String(name);
}
