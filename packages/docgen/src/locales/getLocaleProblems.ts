import type { DocgenLocale } from './DocgenLocale.js';
import { en } from './en.js';

/**
 * The fields a locale supplied at run time lacks or has of the wrong type (`columns.provider`,
 * `units.days.other`), checked against the built-in English. Plural forms other than `other`
 * are optional.
 */
export function getLocaleProblems(candidate: unknown): string[] {
  return collectProblems(en, candidate, '');
}

function collectProblems(reference: unknown, candidate: unknown, path: string): string[] {
  if (Array.isArray(reference)) return Array.isArray(candidate) ? [] : [path];
  if (typeof reference !== 'object' || reference === null) return typeof candidate === typeof reference ? [] : [path];
  if (typeof candidate !== 'object' || candidate === null) return [path];
  const isPluralForms = path.startsWith('units.') && path.split('.').length === 2;
  return Object.entries(reference).flatMap(([key, value]) =>
    isPluralForms && key !== 'other' ? [] : collectProblems(value, (candidate as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
  );
}

/** Whether a value supplied at run time is a complete {@link DocgenLocale}. */
export function isDocgenLocale(candidate: unknown): candidate is DocgenLocale {
  return getLocaleProblems(candidate).length === 0;
}
