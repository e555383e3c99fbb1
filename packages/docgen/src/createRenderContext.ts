import type { CookiePolicy } from '@cookie-ledger/core';
import { IncompleteLocaleError, InvalidRenderOptionError } from './errors.js';
import { BUILT_IN_LOCALES, findLocale } from './locales/index.js';
import type { DocgenLocale } from './locales/DocgenLocale.js';
import { getLocaleProblems } from './locales/getLocaleProblems.js';
import { COLUMN_IDS, DEFAULT_COLUMNS, FORMATS, GROUP_BY_VALUES, HEADING_LEVELS, type ColumnOption, type RenderOptions } from './options.js';
import type { RenderContext, ResolvedColumn } from './RenderContext.js';

/** Checks the options of `renderPolicy` and fills in their defaults; throws on a value it does not know. */
export function createRenderContext(policy: CookiePolicy, options: RenderOptions): RenderContext {
  const format = checkOneOf('format', options.format, FORMATS);
  const groupBy = checkOneOf('groupBy', options.groupBy ?? 'category', GROUP_BY_VALUES);
  const available = getAvailableLocales(options.localeData);
  const localeCode = options.locale ?? policy.defaultLocale;
  const locale = findLocale(available, localeCode);
  if (!locale) throw new InvalidRenderOptionError('locale', localeCode, available.map((known) => known.code));
  const columnOptions = options.columns ?? (format === 'csv' ? COLUMN_IDS : DEFAULT_COLUMNS);
  const standalone = options.standalone ?? true;
  const headingLevel = options.headingLevel ?? (format === 'html' && !standalone ? 2 : 1);
  if (!(HEADING_LEVELS as readonly number[]).includes(headingLevel)) throw new InvalidRenderOptionError('headingLevel', String(headingLevel), HEADING_LEVELS.map(String));
  return {
    policy,
    format,
    locale,
    localeCode,
    columns: columnOptions.map((column) => resolveColumn(column, locale)),
    groupBy,
    introduction: options.introduction ?? true,
    standalone,
    headingLevel,
    styles: options.styles ?? true,
  };
}

/** The built-in locales, with those supplied in `localeData` added (or replacing a built-in one of the same code). */
export function getAvailableLocales(localeData: RenderOptions['localeData']): DocgenLocale[] {
  const supplied = localeData === undefined ? [] : Array.isArray(localeData) ? localeData : [localeData as DocgenLocale];
  for (const locale of supplied) {
    const problems = getLocaleProblems(locale);
    if (problems.length > 0) throw new IncompleteLocaleError(String((locale as Partial<DocgenLocale>).code), problems);
  }
  const codes = new Set(supplied.map((locale) => locale.code.toLowerCase()));
  return [...supplied, ...BUILT_IN_LOCALES.filter((locale) => !codes.has(locale.code.toLowerCase()))];
}

function resolveColumn(column: ColumnOption, locale: DocgenLocale): ResolvedColumn {
  const id = checkOneOf('columns', typeof column === 'string' ? column : column.id, COLUMN_IDS);
  return typeof column === 'string' ? { id, label: locale.columns[id], custom: false } : { id, label: column.label, custom: true };
}

function checkOneOf<const T extends string>(option: 'format' | 'groupBy' | 'columns', value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new InvalidRenderOptionError(option, value, allowed);
  return value as T;
}
