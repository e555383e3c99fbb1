import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Node, SyntaxKind, type CallExpression, type Expression } from 'ts-morph';
import { Evaluator } from '../evaluate/Evaluator.js';
import { LoadContext } from '../evaluate/LoadContext.js';
import { getSharedStore } from '../load/loadPolicy.js';
import { getLocation } from '../problems/getLocation.js';
import { ProblemCollector } from '../problems/ProblemCollector.js';
import { ReadLog } from '../project/ReadLog.js';
import type { FoundDeclaration } from '../types.js';
import { mayCallDsl } from './mayCallDsl.js';

/**
 * Every `defineCookie(...)` call in these files, however `defineCookie` was imported (named,
 * renamed, through a namespace, or re-exported by a module of the project), with the declared
 * name when it is static. Files that cannot mention the DSL are skipped without being parsed;
 * missing files are skipped. Never throws for what the files contain.
 */
export function findDeclarations(files: readonly string[]): FoundDeclaration[] {
  const store = getSharedStore();
  const log = new ReadLog();
  // Names are read best-effort: what cannot be evaluated is simply left out, never reported.
  const context = new LoadContext(store, log, new ProblemCollector());
  const evaluator = new Evaluator(context);
  const found: FoundDeclaration[] = [];
  const reExporters = new Map<string, boolean>();
  for (const file of files) {
    const path = resolve(file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    if (!mayCallDsl(text, path, context, reExporters)) continue;
    const sourceFile = context.getSourceFile(path);
    if (!sourceFile) continue;
    for (const call of sourceFile.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      if (evaluator.getDslFunction(call.getExpression()) !== 'defineCookie') continue;
      const name = readName(call, evaluator);
      found.push(name === undefined ? { file: path, location: getLocation(call) } : { file: path, location: getLocation(call), name });
    }
  }
  return found;
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
