import type { CookieDeclaration, StorageKind } from '../types/declaration.js';
import { type ParsedNamePattern, getPatternSpecificity, matchesName, parseNamePattern } from './parseNamePattern.js';

/** Finds the declaration covering a concrete name among a fixed list of declarations. */
export type NameMatcher<D> = (concreteName: string, storage?: StorageKind) => D | undefined;

/**
 * Builds a matcher over `declarations`: an exact name first, then the most specific pattern
 * (the longest fixed prefix or suffix, a RegExp last), then the earliest declared. Only
 * declarations of the asked storage kind (default `'cookie'`) are considered.
 */
export function createNameMatcher<D extends Pick<CookieDeclaration, 'name' | 'storage'>>(
  declarations: readonly D[],
): NameMatcher<D> {
  const exact = new Map<string, D>();
  const patterns: { declaration: D; pattern: ParsedNamePattern; specificity: number; storage: StorageKind }[] = [];
  for (const declaration of declarations) {
    const pattern = parseNamePattern(declaration.name);
    const storage = declaration.storage ?? 'cookie';
    if (pattern.kind === 'exact') {
      const key = `${storage}\0${pattern.name}`;
      if (!exact.has(key)) exact.set(key, declaration);
    } else if (pattern.kind !== 'invalid') {
      patterns.push({ declaration, pattern, specificity: getPatternSpecificity(pattern), storage });
    }
  }
  // A stable sort keeps declaration order among equally specific patterns.
  patterns.sort((a, b) => b.specificity - a.specificity);

  return (concreteName, storage = 'cookie') => {
    const byName = exact.get(`${storage}\0${concreteName}`);
    if (byName) return byName;
    return patterns.find((entry) => entry.storage === storage && matchesName(entry.pattern, concreteName))?.declaration;
  };
}
