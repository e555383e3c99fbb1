import type { Node } from 'ts-morph';
import { typescript } from '../project/tsMorph.js';
import type { SourceLocation } from '../types.js';

/** The 1-based line and column where a node starts (after its leading comments). */
export function getLocation(node: Node): SourceLocation {
  const sourceFile = node.getSourceFile();
  // TypeScript's line map answers by binary search; ts-morph's own helper rescans the text each time.
  const { line, character } = typescript.getLineAndCharacterOfPosition(sourceFile.compilerNode, node.getStart());
  return { file: sourceFile.getFilePath(), line: line + 1, column: character + 1 };
}

/** The short source text of a node for a message: one line, at most 60 characters. */
export function getShortText(node: Node): string {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
