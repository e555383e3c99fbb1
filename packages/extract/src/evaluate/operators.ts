import { SyntaxKind } from '../project/tsMorph.js';

type NumberOperator = (left: number, right: number) => number;

let numberOperators: Partial<Record<SyntaxKind, NumberOperator>> | undefined;

/** The arithmetic a duration may be written with (`60 * 60 * 24`); `+` is handled apart (it also joins strings). */
export function getNumberOperator(kind: SyntaxKind): NumberOperator | undefined {
  // Built on first use: SyntaxKind's values come with ts-morph, which loads only when a policy is read.
  numberOperators ??= {
    [SyntaxKind.MinusToken]: (left, right) => left - right,
    [SyntaxKind.AsteriskToken]: (left, right) => left * right,
    [SyntaxKind.SlashToken]: (left, right) => left / right,
    [SyntaxKind.PercentToken]: (left, right) => left % right,
    [SyntaxKind.AsteriskAsteriskToken]: (left, right) => left ** right,
  };
  return numberOperators[kind];
}

/** Values a string may be joined with, as JavaScript prints them. */
export function isJoinable(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Globals whose values exist only while the app runs; reading them is reported as a run-time value. */
export const RUNTIME_GLOBALS = new Set([
  'process',
  'window',
  'document',
  'globalThis',
  'self',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'Date',
  'Math',
  'crypto',
  'Deno',
  'Bun',
]);

let syntaxNames: Partial<Record<SyntaxKind, string>> | undefined;

/** Words for syntax the evaluator does not run, by kind, for messages. */
export function describeSyntax(kind: SyntaxKind): string | undefined {
  syntaxNames ??= {
    [SyntaxKind.ConditionalExpression]: 'a conditional',
    [SyntaxKind.ArrowFunction]: 'a function',
    [SyntaxKind.FunctionExpression]: 'a function',
    [SyntaxKind.ClassExpression]: 'a class',
    [SyntaxKind.AwaitExpression]: 'an await',
    [SyntaxKind.TaggedTemplateExpression]: 'a tagged template',
    [SyntaxKind.MethodDeclaration]: 'a method',
    [SyntaxKind.GetAccessor]: 'a getter',
    [SyntaxKind.SetAccessor]: 'a setter',
    [SyntaxKind.BigIntLiteral]: 'a bigint',
    [SyntaxKind.YieldExpression]: 'a yield',
    [SyntaxKind.TypeOfExpression]: 'a typeof',
    [SyntaxKind.VoidExpression]: 'a void expression',
    [SyntaxKind.DeleteExpression]: 'a delete',
    [SyntaxKind.PostfixUnaryExpression]: 'an update',
    [SyntaxKind.BinaryExpression]: 'an operator other than + - * / % **',
    [SyntaxKind.PrefixUnaryExpression]: 'an operator other than - + !',
    [SyntaxKind.ThisKeyword]: 'this',
    [SyntaxKind.MetaProperty]: 'import.meta or new.target',
    [SyntaxKind.JsxElement]: 'JSX',
    [SyntaxKind.JsxSelfClosingElement]: 'JSX',
  };
  return syntaxNames[kind];
}
