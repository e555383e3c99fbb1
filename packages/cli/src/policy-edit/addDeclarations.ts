import { readFileSync } from 'node:fs';
import { Node, Project, SyntaxKind, type ArrayLiteralExpression, type SourceFile, type Statement } from 'ts-morph';
import { chooseVariableName } from './chooseVariableName.js';
import { findPolicyEditTarget, importDefineCookie } from './findPolicyCall.js';
import { type NewDeclaration, type PrintStyle, printDeclaration, printReview } from './printDeclaration.js';
import { writeFileAtomic } from './writeFiles.js';

/**
 * The policy module's text with `declarations` added, in the file's own indentation, quotes and
 * semicolons: each as `export const x = defineCookie({...})` after the file's other declarations
 * (so that code can import `x.name`) with `x` appended to the `cookies` list; or, when the list
 * holds its declarations written inline, as `defineCookie({...})` calls appended to it.
 * `defineCookie` is imported when it is not yet. Everything else, comments included, is kept.
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
  const style = (indent: string): PrintStyle => ({ indent, unit, quote: target.quote });
  const elements = target.cookies.getElements();
  if (elements.length > 0 && elements.every((element) => Node.isCallExpression(element))) {
    const inline = planInsertion(source, target.cookies, unit, (indent) =>
      declarations.map((declaration) => printReview(declaration, indent) + printDeclaration(declaration, callee, style(indent))),
    );
    return applyEdits(source, [inline]);
  }
  const taken = new Set(file.getDescendantsOfKind(SyntaxKind.Identifier).map((identifier) => identifier.getText()));
  const variables = declarations.map((declaration) => {
    const variable = chooseVariableName(declaration.name, taken);
    taken.add(variable);
    return variable;
  });
  const anchor = findDeclarationsEnd(file, callee);
  const semicolon = /;\s*$/.test(anchor.statement.getText()) ? ';' : '';
  const statements = declarations.map(
    (declaration, index) => `\n${printReview(declaration, '')}export const ${variables[index]} = ${printDeclaration(declaration, callee, style(''))}${semicolon}\n`,
  );
  const exports: Edit = anchor.after
    ? { start: anchor.statement.getEnd(), end: anchor.statement.getEnd(), replacement: `\n${statements.join('').trimEnd()}` }
    : { start: anchor.statement.getStart(), end: anchor.statement.getStart(), replacement: `${statements.join('').trimStart()}\n` };
  // A list written on one line stays on one line: the names go after its last element.
  const last = elements.at(-1);
  const oneLine = last !== undefined && !target.cookies.getText().includes('\n');
  const list: Edit = oneLine
    ? { start: last.getEnd(), end: last.getEnd(), replacement: variables.map((variable) => `, ${variable}`).join('') }
    : planInsertion(source, target.cookies, unit, () => variables);
  return applyEdits(source, [exports, list]);
}

/**
 * Where new `export const` declarations go: after the last top-level statement that declares
 * one (`const session = defineCookie(...)`), else before the statement that defines the policy.
 */
function findDeclarationsEnd(file: SourceFile, callee: string): { statement: Statement; after: boolean } {
  const statements = file.getStatements();
  const isDeclaration = (statement: Statement) =>
    Node.isVariableStatement(statement) &&
    statement.getDeclarations().some((declaration) => {
      const initializer = declaration.getInitializer();
      return initializer !== undefined && Node.isCallExpression(initializer) && initializer.getExpression().getText() === callee;
    });
  const last = statements.findLast(isDeclaration);
  if (last) return { statement: last, after: true };
  const policy = statements.find((statement) => /defineCookiePolicy\s*\(/.test(statement.getText())) ?? statements.at(-1)!;
  return { statement: policy, after: false };
}

/** Adds declarations to a policy file on disk; the file is replaced in one rename, never left half-written. */
export function addDeclarationsToFile(filePath: string, declarations: readonly NewDeclaration[]): void {
  const text = readFileSync(filePath, 'utf8');
  writeFileAtomic(filePath, addDeclarationsToSource(filePath, text, declarations));
}

/** Applies non-overlapping edits to `source`, the last first so that earlier offsets stay true. */
function applyEdits(source: string, edits: readonly Edit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((text, edit) => text.slice(0, edit.start) + edit.replacement + text.slice(edit.end), source);
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

function planInsertion(source: string, list: ArrayLiteralExpression, unit: string, print: (indent: string) => string[]): Edit {
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
