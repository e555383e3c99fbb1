import type { RenderContext } from '../RenderContext.js';
import { escapeMarkdown, escapeMarkdownLine } from '../escape/escapeMarkdown.js';
import { plain, type Inline, type InlinePart } from '../text/inline.js';
import { buildPolicyView } from '../view/buildPolicyView.js';

/** The policy page as Markdown (CommonMark with GFM tables). */
export function renderMarkdown(context: RenderContext): string {
  const view = buildPolicyView(context);
  const [title, section, group] = [0, 1, 2].map((depth) => '#'.repeat(context.headingLevel + depth));
  const blocks: string[] = [`${title} ${line(plain(view.title))}`, ...view.introduction.map(line)];
  for (const introduction of view.introductionSections) {
    blocks.push(`${section} ${line(introduction.heading)}`, ...introduction.paragraphs.map(line));
    if (introduction.items.length > 0) blocks.push(introduction.items.map((item) => `- ${line(item)}`).join('\n'));
  }
  blocks.push(`${section} ${line(view.cookiesHeading)}`);
  if (view.empty) blocks.push(line(view.empty));
  const rule = `| ${view.columns.map(() => '---').join(' | ')} |`;
  for (const table of view.tables) {
    if (table.heading) blocks.push(`${group} ${line(table.heading)}`);
    const header = `| ${table.headers.map((label) => escapeMarkdown(label)).join(' | ')} |`;
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
