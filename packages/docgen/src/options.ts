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

/**
 * What the law asks a visitor be told of each item: who sets it, what it is called and what
 * kind of storage it is, why, for how long, when it is set at all, and whether consent is asked.
 * A column no declaration fills is left out of the page (see {@link RenderOptions.columns}).
 */
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['provider', 'feature-and-locations', 'names', 'storage', 'purpose', 'duration', 'condition', 'consent'];

/** The four columns of the Opendatasoft policy page (the seed): provider, function and location, names, purposes. */
export const SEED_COLUMNS: readonly ColumnId[] = ['provider', 'feature-and-locations', 'names', 'purpose'];

/** The heading levels an HTML or Markdown document may start at: its sections go two levels deeper. */
export const HEADING_LEVELS = [1, 2, 3, 4] as const;
/** The level of a document's first heading. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

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
   * {@link DocgenLocale}. English, French, German, Spanish, Italian and Dutch are built in.
   */
  readonly localeData?: DocgenLocale | readonly DocgenLocale[];
  /**
   * The table columns, in order (Markdown, HTML, CSV). Default for Markdown and HTML:
   * {@link DEFAULT_COLUMNS}; for CSV: every column. On the page (not in CSV), a column that
   * says nothing is left out: one no declaration fills, or the type when every item is a cookie.
   */
  readonly columns?: readonly ColumnOption[];
  /** How the Markdown and HTML tables are split into sections. Default: `'category'`. */
  readonly groupBy?: GroupBy;
  /** Markdown and HTML: start with the introduction (what a cookie is, its kinds, consent). Default: true. */
  readonly introduction?: boolean;
  /** HTML: a whole page with its styles (default), or `false` for a fragment to embed in a page of yours. */
  readonly standalone?: boolean;
  /**
   * Markdown and HTML: the level of the title's heading; sections are one level below, groups
   * two. Default: 1 for a whole page, 2 for an HTML fragment (the host page has its own `<h1>`).
   */
  readonly headingLevel?: HeadingLevel;
  /**
   * HTML: include the styles (default). A fragment's styles only apply inside its
   * `.cookie-policy` element; `false` leaves all styling to your own CSS.
   */
  readonly styles?: boolean;
}
