import type { RenderContext } from '../RenderContext.js';
import { escapeHtml } from '../escape/escapeHtml.js';
import type { Inline } from '../text/inline.js';
import { buildPolicyView, type PolicyView } from '../view/buildPolicyView.js';
import { PAGE_STYLES, POLICY_STYLES } from './htmlStyles.js';

/** The policy page as HTML: a standalone page, or a fragment to embed; with or without its styles. */
export function renderHtml(context: RenderContext): string {
  const view = buildPolicyView(context);
  const lang = escapeHtml(view.lang);
  if (!context.standalone) {
    const styles = context.styles ? [`<style>\n${POLICY_STYLES}\n</style>`] : [];
    return [`<section class="cookie-policy" lang="${lang}">`, ...styles, renderBody(view, context.headingLevel), '</section>', ''].join('\n');
  }
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(view.title)}</title>`,
    ...(context.styles ? [`<style>\n${PAGE_STYLES}\n${POLICY_STYLES}\n</style>`] : []),
    '</head>',
    '<body>',
    '<main class="cookie-policy">',
    renderBody(view, context.headingLevel),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBody(view: PolicyView, level: number): string {
  const heading = (depth: number, className: string, id: string | undefined, text: Inline) =>
    `<h${level + depth} class="cookie-policy__${className}"${id === undefined ? '' : ` id="${escapeHtml(id)}"`}>${inline(text)}</h${level + depth}>`;
  const lines = [heading(0, 'title', undefined, [{ text: view.title }]), ...view.introduction.map((text) => `<p>${inline(text)}</p>`)];
  for (const section of view.introductionSections) {
    lines.push(heading(1, 'heading', section.id, section.heading), ...section.paragraphs.map((text) => `<p>${inline(text)}</p>`));
    if (section.items.length > 0) lines.push('<ul>', ...section.items.map((item) => `<li>${inline(item)}</li>`), '</ul>');
  }
  lines.push(heading(1, 'heading', 'cookies-used', view.cookiesHeading));
  if (view.empty) lines.push(`<p>${inline(view.empty)}</p>`);
  for (const table of view.tables) {
    lines.push(`<section class="cookie-policy__group" data-group="${escapeHtml(table.key)}">`);
    if (table.heading) lines.push(heading(2, 'group-heading', table.id, table.heading));
    const header = table.headers.map((label) => `<th scope="col">${escapeHtml(label)}</th>`).join('');
    lines.push('<div class="cookie-policy__table">', '<table>', `<thead><tr>${header}</tr></thead>`, '<tbody>');
    for (const cells of table.rows) {
      const tds = cells.map((cell, index) => `<td class="cookie-policy__${view.columns[index]!.id}" data-label="${escapeHtml(table.headers[index]!)}">${inline(cell)}</td>`);
      lines.push(`<tr>${tds.join('')}</tr>`);
    }
    lines.push('</tbody>', '</table>', '</div>', '</section>');
  }
  return lines.join('\n');
}

function inline(text: Inline): string {
  return text.map((run) => (run.href === undefined ? escapeHtml(run.text) : `<a href="${escapeHtml(run.href)}">${escapeHtml(run.text)}</a>`)).join('');
}
