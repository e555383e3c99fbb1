import type { DocgenLocale } from './DocgenLocale.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';

/** The locales built into the generator: English, French, German, Spanish, Italian, Dutch. */
export const BUILT_IN_LOCALES: readonly DocgenLocale[] = [en, fr, de, es, it, nl];

/**
 * The locale to render `code` in: an exact match among `available`, else its language
 * (`'fr'` for `'fr-CA'`), else undefined.
 */
export function findLocale(available: readonly DocgenLocale[], code: string): DocgenLocale | undefined {
  const wanted = code.toLowerCase();
  const language = wanted.split('-')[0];
  return available.find((locale) => locale.code.toLowerCase() === wanted) ?? available.find((locale) => locale.code.toLowerCase() === language);
}

export { de, en, es, fr, it, nl };
export type { DocgenLocale, IntroductionSection, PluralForms } from './DocgenLocale.js';
