import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CallExpression, Expression } from 'ts-morph';
import { Node, SyntaxKind } from '../project/tsMorph.js';
import { Evaluator } from '../evaluate/Evaluator.js';
import { LoadContext } from '../evaluate/LoadContext.js';
import { getSharedStore } from '../load/loadPolicy.js';
import { getLocation } from '../problems/getLocation.js';
import { ProblemCollector } from '../problems/ProblemCollector.js';
import { ReadLog } from '../project/ReadLog.js';
import type { FoundDeclaration } from '../types.js';
import { DslReExporters, mentionsDsl } from './dslReExports.js';

/**
 * Every `defineCookie(...)` call in these files, however `defineCookie` was imported (named,
 * renamed, through a namespace, or re-exported under another name by one of these files), with
 * the declared name when it is static. Files that cannot call the DSL are skipped without being
 * parsed; unreadable files are skipped. Never throws for what the files contain.
 */
export function findDeclarations(files: readonly string[]): FoundDeclaration[] {
  const texts = readTexts(files);
  const reExporters = new DslReExporters(texts);
  // Names are read best-effort: what cannot be evaluated is left out, never reported.
  const context = new LoadContext(getSharedStore(), new ReadLog(), new ProblemCollector());
  const evaluator = new Evaluator(context);
  const found: FoundDeclaration[] = [];
  for (const [path, text] of texts) {
    if (!mentionsDsl(text) && !reExporters.isImportedBy(text, path, context)) continue;
    const sourceFile = context.getSourceFile(path);
    for (const call of sourceFile?.getDescendantsOfKind(SyntaxKind.CallExpression) ?? []) {
      if (evaluator.getDslFunction(call.getExpression()) !== 'defineCookie') continue;
      const name = readName(call, evaluator);
      found.push(name === undefined ? { file: path, location: getLocation(call) } : { file: path, location: getLocation(call), name });
    }
  }
  return found;
}

/** Each readable file's text, by absolute path, in the order given. */
function readTexts(files: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) {
    const path = resolve(file);
    try {
      texts.set(path, readFileSync(path, 'utf8'));
    } catch {
      // A file deleted since it was listed, or a directory: nothing to find there.
    }
  }
  return texts;
}

/** The `name` of a declaration when it is a static string or RegExp. */
function readName(call: CallExpression, evaluator: Evaluator): string | RegExp | undefined {
  const argument = call.getArguments()[0];
  if (!argument) return undefined;
  const nameProperty = Node.isObjectLiteralExpression(argument) ? argument.getProperty('name') : undefined;
  const value = Node.isPropertyAssignment(nameProperty)
    ? evaluator.evaluate(nameProperty.getInitializerOrThrow())
    : (evaluator.evaluate(argument as Expression) as { name?: unknown } | undefined)?.name;
  return typeof value === 'string' || value instanceof RegExp ? value : undefined;
}
