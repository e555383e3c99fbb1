import type { RenderContext, ResolvedColumn } from '../RenderContext.js';
import { fillTemplate, plain, type Inline, type InlinePart } from '../text/inline.js';
import { getSafeHref } from '../text/getSafeHref.js';
import { COLUMNS } from './columns.js';
import { groupCookies } from './groupings.js';

/** A titled part of the introduction, its texts filled in. */
export interface IntroductionView {
  readonly heading: Inline;
  readonly paragraphs: readonly Inline[];
  readonly items: readonly Inline[];
}

/** One section of tables: a heading (none when not grouped) and one row of cells per declaration. */
export interface TableView {
  readonly key: string;
  readonly heading: Inline | undefined;
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
  readonly columns: readonly ResolvedColumn[];
  readonly tables: readonly TableView[];
  /** Shown instead of tables when the policy declares nothing. */
  readonly empty: Inline | undefined;
}

/** Lays out the policy page of a rendering context. */
export function buildPolicyView(context: RenderContext): PolicyView {
  const { policy, locale } = context;
  const values = { owner: policy.owner, site: getSiteLink(policy.site) ?? locale.thisWebsite };
  const tables = groupCookies(policy.cookies, context).map(
    (group): TableView => ({
      key: group.key,
      heading: group.heading,
      rows: group.cookies.map((cookie) => context.columns.map((column) => COLUMNS[column.id](cookie, context))),
    }),
  );
  return {
    lang: context.localeCode,
    title: locale.title,
    introduction: context.introduction ? locale.introduction.map((paragraph) => fillTemplate(paragraph, values)) : [],
    introductionSections: context.introduction
      ? locale.introductionSections.map((section) => ({
          heading: plain(section.heading),
          paragraphs: section.paragraphs.map((paragraph) => fillTemplate(paragraph, values)),
          items: (section.items ?? []).map((item) => fillTemplate(item, values)),
        }))
      : [],
    cookiesHeading: fillTemplate(locale.cookiesUsedHeading, values),
    columns: context.columns,
    tables,
    empty: tables.length === 0 ? plain(locale.noCookies) : undefined,
  };
}

function getSiteLink(site: string | undefined): InlinePart | undefined {
  if (site === undefined) return undefined;
  const href = getSafeHref(site);
  return href === undefined ? { text: site } : { text: site, href };
}
