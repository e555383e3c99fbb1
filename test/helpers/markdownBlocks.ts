// Reads a guide's fenced code blocks, so that tests can run what a guide shows.

/** One fenced code block of a Markdown page. */
export interface CodeBlock {
  /** The info string: `ts`, `sh`, `text`, ... (empty when none). */
  readonly language: string;
  /** The text between the fences, ending with a newline. */
  readonly text: string;
  /** The `## ` heading the block is under ('' before the first one). */
  readonly section: string;
  /** The file the block is, when its first line is a comment naming it (`// src/cookies.ts`, `# .github/workflows/ci.yml`). */
  readonly file: string | undefined;
  /** The block that follows this one with nothing but blank lines between them. */
  readonly next: CodeBlock | undefined;
}

/** The fenced code blocks of `markdown`, in order. */
export function readCodeBlocks(markdown: string): CodeBlock[] {
  const matches = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)];
  const blocks: CodeBlock[] = [];
  // From the last block to the first, so that each block's successor already exists.
  for (let index = matches.length - 1; index >= 0; index--) {
    const match = matches[index]!;
    const following = matches[index + 1];
    const end = match.index + match[0].length;
    const text = match[2]!;
    blocks.unshift({
      language: match[1]!,
      text,
      section: [...markdown.slice(0, match.index).matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? '',
      file: /^(?:\/\/|#) ([\w./-]+\.\w+)\n/.exec(text)?.[1],
      next: following && markdown.slice(end, following.index).trim() === '' ? blocks[0] : undefined,
    });
  }
  return blocks;
}
