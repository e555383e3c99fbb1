import type { DocgenLocale } from './locales/DocgenLocale.js';

/** Every output format of {@link renderPolicy}. */
export const FORMATS = ['markdown', 'html', 'json', 'csv', 'tcf'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** Every table column, by id, in the order a full table shows them. */
export const COLUMN_IDS = [
  'provider',
  'feature-and-locations',
  'names',
  'purpose',
  'duration',
  'condition',
  'category',
  'party',
  'storage',
  'domain',
  'consent',
] as const;
/** A table column. */
export type ColumnId = (typeof COLUMN_IDS)[number];

/** The columns of the Opendatasoft policy page: provider, function and location, names, purposes. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['provider', 'feature-and-locations', 'names', 'purpose'];

/** Every way of splitting the tables into sections. */
export const GROUP_BY_VALUES = ['category', 'party', 'provider', 'none'] as const;
/** How the tables are split into sections. */
export type GroupBy = (typeof GROUP_BY_VALUES)[number];

/** A column by id, or with a header of your own (`{ id: 'provider', label: 'Supplier name' }`). */
export type ColumnOption = ColumnId | { readonly id: ColumnId; readonly label: string };

/** Options of {@link renderPolicy}. */
export interface RenderOptions {
  /** The output format. */
  readonly format: Format;
  /** The language of the document. Default: the policy's default locale. */
  readonly locale?: string;
  /**
   * Words for languages that are not built in (or replacements for built-in ones), each a
   * {@link DocgenLocale}. English and French are built in.
   */
  readonly localeData?: DocgenLocale | readonly DocgenLocale[];
  /**
   * The table columns, in order (Markdown, HTML, CSV). Default for Markdown and HTML:
   * {@link DEFAULT_COLUMNS}; for CSV: every column.
   */
  readonly columns?: readonly ColumnOption[];
  /** How the Markdown and HTML tables are split into sections. Default: `'category'`. */
  readonly groupBy?: GroupBy;
  /** Markdown and HTML: start with the introduction (what a cookie is, its kinds, consent). Default: true. */
  readonly introduction?: boolean;
  /** HTML: a whole page with its styles (default), or `false` for a fragment to embed in a page of yours. */
  readonly standalone?: boolean;
}
