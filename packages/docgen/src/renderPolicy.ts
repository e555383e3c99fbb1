import type { CookiePolicy } from '@cookie-ledger/core';
import { createRenderContext } from './createRenderContext.js';
import type { Format, RenderOptions } from './options.js';
import type { RenderContext } from './RenderContext.js';
import { renderCsv } from './render/renderCsv.js';
import { renderHtml } from './render/renderHtml.js';
import { renderJson } from './render/renderJson.js';
import { renderMarkdown } from './render/renderMarkdown.js';
import { renderTcf } from './render/renderTcf.js';

const RENDERERS: Readonly<Record<Format, (context: RenderContext) => string>> = {
  markdown: renderMarkdown,
  html: renderHtml,
  json: renderJson,
  csv: renderCsv,
  tcf: renderTcf,
};

/**
 * Renders a policy as a document: the policy page (`markdown`, `html`) or an export (`json`,
 * `csv`, `tcf`). Pure and deterministic: the same policy and options give the same bytes.
 *
 * @throws {InvalidRenderOptionError} an unknown format, column, grouping or locale (the message lists the valid ones).
 * @throws {IncompleteLocaleError} a locale in `localeData` lacks words.
 * @throws {TcfExportError} `tcf` only: declarations the format cannot express, every one listed.
 *
 * @example
 * renderPolicy(policy, { format: 'markdown', locale: 'fr', columns: ['provider', 'names', 'duration', 'purpose'] });
 */
export function renderPolicy(policy: CookiePolicy, options: RenderOptions): string {
  const context = createRenderContext(policy, options);
  return RENDERERS[context.format](context);
}
