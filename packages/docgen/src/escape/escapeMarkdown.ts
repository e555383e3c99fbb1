/**
 * Text safe inside a Markdown line (a paragraph, a heading or a table cell, CommonMark and
 * GFM): line breaks become spaces, so a text never ends its table row or starts a block;
 * backslashes, table pipes and every character that can open code, emphasis, a link, raw
 * HTML or an entity are backslash-escaped. An underscore between two letters or digits is
 * left alone (it cannot open emphasis there), so `django_language` stays readable.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ')
    .replace(/[\\`*~[\]<>|&#!]/g, '\\$&')
    .replace(/_/g, (underscore, offset: number, whole: string) =>
      isWordCharacter(whole[offset - 1]) && isWordCharacter(whole[offset + 1]) ? underscore : '\\_',
    );
}

/**
 * {@link escapeMarkdown}, plus what only matters at the start of a line: a list marker, a
 * numbered-list marker or a setext underline.
 */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text).replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_match, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}
