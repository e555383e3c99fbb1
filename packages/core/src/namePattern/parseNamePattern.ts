import type { NamePattern } from '../types/declaration.js';

/** A declared name, read: an exact name, a prefix or suffix pattern, or a RegExp. */
export type ParsedNamePattern =
  | { readonly kind: 'exact'; readonly name: string }
  | { readonly kind: 'prefix'; readonly prefix: string }
  | { readonly kind: 'suffix'; readonly suffix: string }
  | { readonly kind: 'regex'; readonly regex: RegExp }
  | { readonly kind: 'invalid'; readonly reason: NamePatternProblem };

/** Why a string cannot be a declared name. */
export type NamePatternProblem = 'empty' | 'wildcard-only' | 'wildcard-inside';

/**
 * Reads a declared name. A string is exact unless it starts or ends with `*` (one `*`, as in
 * the IAB TCF format: `'_ga_*'` starts with `_ga_`, `'*_id'` ends with `_id`); every other
 * character, dots and dashes included, is literal. A RegExp is kept as written, without its
 * `g` and `y` flags so that testing it has no state.
 */
export function parseNamePattern(name: NamePattern): ParsedNamePattern {
  if (name instanceof RegExp) {
    const regex = /[gy]/.test(name.flags) ? new RegExp(name.source, name.flags.replace(/[gy]/g, '')) : name;
    return { kind: 'regex', regex };
  }
  const problem = getNamePatternProblem(name);
  if (problem) return { kind: 'invalid', reason: problem };
  if (name.endsWith('*')) return { kind: 'prefix', prefix: name.slice(0, -1) };
  if (name.startsWith('*')) return { kind: 'suffix', suffix: name.slice(1) };
  return { kind: 'exact', name };
}

/** What is wrong with a declared name string, or undefined when it is a valid name or pattern. */
export function getNamePatternProblem(name: string): NamePatternProblem | undefined {
  if (name.length === 0) return 'empty';
  if (/^\*+$/.test(name)) return 'wildcard-only';
  const inner = name.slice(name.startsWith('*') ? 1 : 0, name.endsWith('*') ? -1 : undefined);
  if (inner.includes('*') || (name.startsWith('*') && name.endsWith('*'))) return 'wildcard-inside';
  return undefined;
}

/** Whether a concrete name (`_ga_ABC123`) is covered by a parsed pattern. `*` matches any run, the empty one too. */
export function matchesName(pattern: ParsedNamePattern, concreteName: string): boolean {
  switch (pattern.kind) {
    case 'exact':
      return pattern.name === concreteName;
    case 'prefix':
      return concreteName.startsWith(pattern.prefix);
    case 'suffix':
      return concreteName.endsWith(pattern.suffix);
    case 'regex':
      return pattern.regex.test(concreteName);
    case 'invalid':
      return false;
  }
}

/**
 * How specific a pattern is, for choosing between several that cover one name: an exact name
 * beats every pattern, a longer fixed part beats a shorter one, and a RegExp comes last.
 */
export function getPatternSpecificity(pattern: ParsedNamePattern): number {
  switch (pattern.kind) {
    case 'exact':
      return Number.POSITIVE_INFINITY;
    case 'prefix':
      return pattern.prefix.length;
    case 'suffix':
      return pattern.suffix.length;
    case 'regex':
    case 'invalid':
      return -1;
  }
}
