import { readFileSync } from 'node:fs';
import { Project, type ArrayLiteralExpression, type SourceFile } from 'ts-morph';
import { findPolicyEditTarget, importDefineCookie } from './findPolicyCall.js';
import { type NewDeclaration, printDeclaration } from './printDeclaration.js';
import { writeFileAtomic } from './writeFiles.js';

/**
 * The policy module's text with `declarations` appended to its `cookies` list, as
 * `defineCookie({...})` calls in the file's own indentation and quotes; `defineCookie` is
 * imported when it is not yet. Everything else in the file, comments included, is kept as is.
 * Throws a PolicyEditError (file, line, column) when the list cannot be found.
 */
export function addDeclarationsToSource(filePath: string, text: string, declarations: readonly NewDeclaration[]): string {
  if (declarations.length === 0) return text;
  const parse = (source: string): SourceFile =>
    new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true }).createSourceFile(filePath, source, { overwrite: true });
  let file = parse(text);
  let target = findPolicyEditTarget(file);
  let callee = target.defineCookie;
  if (callee === undefined) {
    callee = importDefineCookie(file, target.quote);
    file = parse(file.getFullText());
    target = findPolicyEditTarget(file);
  }
  const source = file.getFullText();
  const unit = detectIndentUnit(source);
  const { start, end, replacement } = planInsertion(source, target.cookies, unit, (indent) =>
    declarations.map((declaration) => printDeclaration(declaration, callee, { indent, unit, quote: target.quote })),
  );
  return source.slice(0, start) + replacement + source.slice(end);
}

/** Adds declarations to a policy file on disk; the file is replaced in one rename, never left half-written. */
export function addDeclarationsToFile(filePath: string, declarations: readonly NewDeclaration[]): void {
  const text = readFileSync(filePath, 'utf8');
  writeFileAtomic(filePath, addDeclarationsToSource(filePath, text, declarations));
}

interface Insertion {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

function planInsertion(source: string, list: ArrayLiteralExpression, unit: string, print: (indent: string) => string[]): Insertion {
  const elements = list.getElements();
  const open = list.getStart();
  const close = list.getEnd() - 1;
  const baseIndent = lineIndent(source, open);
  const last = elements.at(-1);
  const multiLine = last !== undefined && source.slice(open, close).includes('\n');
  if (last === undefined || !multiLine) {
    // An empty or one-line list becomes one element per line, so the new calls stay readable.
    const indent = baseIndent + unit;
    const items = [...elements.map((element) => element.getText()), ...print(indent)];
    return { start: open, end: close + 1, replacement: `[\n${items.map((item) => `${indent}${item},`).join('\n')}\n${baseIndent}]` };
  }
  const indent = lineIndent(source, last.getStart());
  const afterLast = source.slice(last.getEnd(), close);
  const trailingComma = /^\s*,/.test(afterLast);
  const commaEnd = trailingComma ? last.getEnd() + afterLast.indexOf(',') + 1 : last.getEnd();
  // A comment after the last element stays on its line: the new elements go after that line.
  const restOfLine = /^[^\n]*/.exec(source.slice(commaEnd))![0];
  const lineEnd = /^[ \t]*(\/\/.*|\/\*.*\*\/[ \t]*)?$/.test(restOfLine) ? commaEnd + restOfLine.length : commaEnd;
  const items = print(indent).map((item) => `\n${indent}${item}`);
  const inserted = trailingComma ? items.map((item) => `${item},`).join('') : items.join(',');
  const comma = trailingComma ? '' : ',';
  return {
    start: last.getEnd(),
    end: lineEnd,
    replacement: `${comma}${source.slice(last.getEnd(), lineEnd)}${inserted}`,
  };
}

function lineIndent(source: string, position: number): string {
  const lineStart = source.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart))![0];
}

function detectIndentUnit(source: string): string {
  const indents = source.split('\n').map((line) => /^[ \t]+(?=\S)/.exec(line)?.[0]).filter((indent) => indent !== undefined);
  if (indents.some((indent) => indent.startsWith('\t'))) return '\t';
  const widths = indents.map((indent) => indent.length).filter((width) => width > 0);
  return ' '.repeat(widths.length === 0 ? 2 : Math.min(...widths));
}
