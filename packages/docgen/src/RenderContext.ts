import { resolveText, type CookiePolicy, type LocalizedText } from '@cookie-ledger/core';
import type { DocgenLocale } from './locales/DocgenLocale.js';
import type { ColumnId, Format, GroupBy, HeadingLevel } from './options.js';

/** A column as rendered: its id and its header. */
export interface ResolvedColumn {
  readonly id: ColumnId;
  readonly label: string;
  /** Whether the header was given in the options, so the locale's words never replace it. */
  readonly custom: boolean;
}

/** The options of one rendering, checked and completed with their defaults. */
export interface RenderContext {
  readonly policy: CookiePolicy;
  readonly format: Format;
  /** The words of the document. */
  readonly locale: DocgenLocale;
  /** The locale asked for (`'fr-CA'`), which declaration texts are looked up in first. */
  readonly localeCode: string;
  readonly columns: readonly ResolvedColumn[];
  readonly groupBy: GroupBy;
  readonly introduction: boolean;
  readonly standalone: boolean;
  /** The level of the title's heading. */
  readonly headingLevel: HeadingLevel;
  /** HTML: whether the styles are written. */
  readonly styles: boolean;
}

/**
 * A declaration's text in the document's locale: the exact locale, then its language
 * (`fr` for `fr-CA`), then the policy's default locale.
 */
export function localize(context: RenderContext, text: LocalizedText): string;
export function localize(context: RenderContext, text: LocalizedText | undefined): string | undefined;
export function localize(context: RenderContext, text: LocalizedText | undefined): string | undefined {
  if (text === undefined) return undefined;
  const language = context.localeCode.split('-')[0]!;
  const code = typeof text === 'object' && text[context.localeCode] === undefined && text[language] !== undefined ? language : context.localeCode;
  return resolveText(text, code, context.policy.defaultLocale);
}
