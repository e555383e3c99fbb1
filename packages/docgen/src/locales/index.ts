import type { DocgenLocale } from './DocgenLocale.js';
import { en } from './en.js';
import { fr } from './fr.js';

/** The locales built into the generator. */
export const BUILT_IN_LOCALES: readonly DocgenLocale[] = [en, fr];

/**
 * The locale to render `code` in: an exact match among `available`, else its language
 * (`'fr'` for `'fr-CA'`), else undefined.
 */
export function findLocale(available: readonly DocgenLocale[], code: string): DocgenLocale | undefined {
  const wanted = code.toLowerCase();
  const language = wanted.split('-')[0];
  return available.find((locale) => locale.code.toLowerCase() === wanted) ?? available.find((locale) => locale.code.toLowerCase() === language);
}

export { en, fr };
export type { DocgenLocale, IntroductionSection, PluralForms } from './DocgenLocale.js';
