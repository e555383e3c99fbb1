import type { RenderContext } from '../RenderContext.js';
import { escapeMarkdown, escapeMarkdownLine } from '../escape/escapeMarkdown.js';
import { plain, type Inline, type InlinePart } from '../text/inline.js';
import { buildPolicyView } from '../view/buildPolicyView.js';

/** The policy page as Markdown (CommonMark with GFM tables). */
export function renderMarkdown(context: RenderContext): string {
  const view = buildPolicyView(context);
  const blocks: string[] = [`# ${line(plain(view.title))}`, ...view.introduction.map(line)];
  for (const section of view.introductionSections) {
    blocks.push(`## ${line(section.heading)}`, ...section.paragraphs.map(line));
    if (section.items.length > 0) blocks.push(section.items.map((item) => `- ${line(item)}`).join('\n'));
  }
  blocks.push(`## ${line(view.cookiesHeading)}`);
  if (view.empty) blocks.push(line(view.empty));
  const header = `| ${view.columns.map((column) => escapeMarkdown(column.label)).join(' | ')} |`;
  const rule = `| ${view.columns.map(() => '---').join(' | ')} |`;
  for (const table of view.tables) {
    if (table.heading) blocks.push(`### ${line(table.heading)}`);
    const rows = table.rows.map((cells) => `| ${cells.map((cell) => cellText(cell)).join(' | ')} |`);
    blocks.push([header, rule, ...rows].join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Text that starts a line (a paragraph, a heading, a list item): its first run may not read as a block marker. */
function line(text: Inline): string {
  return text.map((run, index) => part(run, index === 0 ? escapeMarkdownLine : escapeMarkdown)).join('');
}

function cellText(text: Inline): string {
  return text.map((run) => part(run, escapeMarkdown)).join('').trim();
}

function part(run: InlinePart, escape: (text: string) => string): string {
  if (run.href === undefined) return escape(run.text);
  // A link whose text is its address is written as an autolink, as the seed page writes the site: <https://…>.
  if (run.text === run.href) return `<${run.href}>`;
  return `[${escape(run.text)}](${run.href})`;
}
