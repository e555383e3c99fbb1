import type { ResolvedCookie } from '@cookie-ledger/core';
import type { RenderContext, ResolvedColumn } from '../RenderContext.js';
import { fillTemplate, plain, toPlainText, type Inline, type InlinePart } from '../text/inline.js';
import { getSafeHref } from '../text/getSafeHref.js';
import { COLUMNS, getColumnHeader } from './columns.js';
import { groupCookies } from './groupings.js';
import { holdsStorage } from './holdsStorage.js';

/** A titled part of the introduction, its texts filled in. */
export interface IntroductionView {
  /** The heading's HTML id, the same in every language. */
  readonly id: string;
  readonly heading: Inline;
  readonly paragraphs: readonly Inline[];
  readonly items: readonly Inline[];
}

/** One section of tables: a heading (none when not grouped), its column headers and one row of cells per declaration. */
export interface TableView {
  readonly key: string;
  /** The section's HTML id (`cookies-necessary`). */
  readonly id: string;
  readonly heading: Inline | undefined;
  /** The header of each shown column, worded for what this table holds ("Cookie name(s)", or "Name" beside local storage). */
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Inline[])[];
}

/**
 * The policy page as data, before any format: every text resolved in the locale, nothing
 * escaped yet. The Markdown and HTML renderers only lay it out.
 */
export interface PolicyView {
  readonly lang: string;
  readonly title: string;
  readonly introduction: readonly Inline[];
  readonly introductionSections: readonly IntroductionView[];
  readonly cookiesHeading: Inline;
  /** The columns shown: those asked for, less those that say nothing on this page. */
  readonly columns: readonly ResolvedColumn[];
  readonly tables: readonly TableView[];
  /** Shown instead of tables when the policy declares nothing. */
  readonly empty: Inline | undefined;
}

/** Lays out the policy page of a rendering context. */
export function buildPolicyView(context: RenderContext): PolicyView {
  const { policy, locale } = context;
  const values = { owner: policy.owner, site: getSiteLink(policy.site) ?? locale.thisWebsite };
  const columns = getShownColumns(policy.cookies, context);
  const tables = groupCookies(policy.cookies, context).map(
    (group): TableView => ({
      key: group.key,
      id: group.id,
      heading: group.heading,
      headers: columns.map((column) => getColumnHeader(column, group.cookies, context)),
      rows: group.cookies.map((cookie) => columns.map((column) => COLUMNS[column.id](cookie, context))),
    }),
  );
  return {
    lang: context.localeCode,
    title: locale.title,
    introduction: context.introduction ? locale.introduction.map((paragraph) => fillTemplate(paragraph, values)) : [],
    introductionSections: context.introduction
      ? locale.introductionSections.map((section, index) => ({
          id: section.id ?? `cookie-policy-section-${index + 1}`,
          heading: plain(section.heading),
          paragraphs: section.paragraphs.map((paragraph) => fillTemplate(paragraph, values)),
          items: (section.items ?? []).map((item) => fillTemplate(item, values)),
        }))
      : [],
    cookiesHeading: fillTemplate(holdsStorage(policy.cookies) ? locale.withStorage.cookiesUsedHeading : locale.cookiesUsedHeading, values),
    columns,
    tables,
    empty: tables.length === 0 ? plain(locale.noCookies) : undefined,
  };
}

/**
 * The asked-for columns that tell the visitor something: a column no declaration fills is left
 * out (a blank "Function and location"), and so is the type when every item is a cookie.
 */
function getShownColumns(cookies: readonly ResolvedCookie[], context: RenderContext): ResolvedColumn[] {
  return context.columns.filter((column) => {
    if (column.id === 'storage') return holdsStorage(cookies);
    return cookies.some((cookie) => toPlainText(COLUMNS[column.id](cookie, context)) !== '');
  });
}

function getSiteLink(site: string | undefined): InlinePart | undefined {
  if (site === undefined) return undefined;
  const href = getSafeHref(site);
  return href === undefined ? { text: site } : { text: site, href };
}
