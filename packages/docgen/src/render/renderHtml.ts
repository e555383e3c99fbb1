import type { RenderContext } from '../RenderContext.js';
import { escapeHtml } from '../escape/escapeHtml.js';
import type { Inline } from '../text/inline.js';
import { buildPolicyView, type PolicyView } from '../view/buildPolicyView.js';
import { HTML_STYLES } from './htmlStyles.js';

/** The policy page as HTML: a standalone page with its styles, or a fragment to embed. */
export function renderHtml(context: RenderContext): string {
  const view = buildPolicyView(context);
  if (!context.standalone) return `<section class="cookie-policy" lang="${escapeHtml(view.lang)}">\n${renderBody(view)}\n</section>\n`;
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(view.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(view.title)}</title>`,
    `<style>\n${HTML_STYLES}\n</style>`,
    '</head>',
    '<body>',
    '<main class="cookie-policy">',
    renderBody(view),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBody(view: PolicyView): string {
  const lines = [`<h1>${escapeHtml(view.title)}</h1>`, ...view.introduction.map((text) => `<p>${inline(text)}</p>`)];
  for (const section of view.introductionSections) {
    lines.push(`<h2>${inline(section.heading)}</h2>`, ...section.paragraphs.map((text) => `<p>${inline(text)}</p>`));
    if (section.items.length > 0) lines.push('<ul>', ...section.items.map((item) => `<li>${inline(item)}</li>`), '</ul>');
  }
  lines.push(`<h2>${inline(view.cookiesHeading)}</h2>`);
  if (view.empty) lines.push(`<p>${inline(view.empty)}</p>`);
  const header = view.columns.map((column) => `<th scope="col">${escapeHtml(column.label)}</th>`).join('');
  for (const table of view.tables) {
    lines.push(`<section class="cookie-policy__group" data-group="${escapeHtml(table.key)}">`);
    if (table.heading) lines.push(`<h3>${inline(table.heading)}</h3>`);
    lines.push('<div class="cookie-policy__table">', '<table>', `<thead><tr>${header}</tr></thead>`, '<tbody>');
    for (const cells of table.rows) {
      const tds = cells.map((cell, index) => `<td class="cookie-policy__${view.columns[index]!.id}">${inline(cell)}</td>`);
      lines.push(`<tr>${tds.join('')}</tr>`);
    }
    lines.push('</tbody>', '</table>', '</div>', '</section>');
  }
  return lines.join('\n');
}

function inline(text: Inline): string {
  return text.map((run) => (run.href === undefined ? escapeHtml(run.text) : `<a href="${escapeHtml(run.href)}">${escapeHtml(run.text)}</a>`)).join('');
}
