/** A run of text, linked when `href` is set. Renderers escape `text` (and `href`) for their format. */
export interface InlinePart {
  readonly text: string;
  readonly href?: string;
}

/** Text made of runs: plain words and links. */
export type Inline = readonly InlinePart[];

/** Plain text as an {@link Inline}. */
export function plain(text: string): Inline {
  return [{ text }];
}

/** The words of an {@link Inline}, links dropped. */
export function toPlainText(inline: Inline): string {
  return inline.map((part) => part.text).join('');
}

/**
 * Fills the `{name}` placeholders of a locale's template. A value may be a link; text around
 * the placeholders is kept as plain text. Unknown placeholders stay as written.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | InlinePart>>): Inline {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1]!];
    if (value === undefined) continue;
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push(typeof value === 'string' ? { text: value } : value);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return mergePlainRuns(parts);
}

/** Fills a template whose values are all plain text. */
export function fillTextTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return toPlainText(fillTemplate(template, values));
}

function mergePlainRuns(parts: readonly InlinePart[]): Inline {
  const merged: InlinePart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (previous && previous.href === undefined && part.href === undefined) merged[merged.length - 1] = { text: previous.text + part.text };
    else merged.push(part);
  }
  return merged;
}
