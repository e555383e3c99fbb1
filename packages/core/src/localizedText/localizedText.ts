import type { LocalizedText } from '../types/declaration.js';

/**
 * The text of `text` in `locale`, falling back to `fallbackLocale`, then to the first text
 * given. A plain string is the same in every locale.
 */
export function resolveText(text: LocalizedText, locale: string, fallbackLocale?: string): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? (fallbackLocale === undefined ? undefined : text[fallbackLocale]) ?? Object.values(text)[0] ?? '';
}
