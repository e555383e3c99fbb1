import { SECONDS_PER_UNIT } from '@cookie-ledger/core';
import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, getMemberName, unwrapExpression } from '../names/bindings.js';
import { forEachChild } from '../names/returnedValues.js';
import { resolveDateOffset, resolveNumber } from './resolveNumber.js';

const MS_PER_SECOND = 1000;

/** Each `Date` setter that moves a date by its own getter's value, and how many milliseconds one step of it is. */
const SETTERS: Readonly<Record<string, { readonly getter: string; readonly milliseconds: number }>> = Object.fromEntries(
  (
    [
      ['Milliseconds', 1],
      ['Seconds', MS_PER_SECOND],
      ['Minutes', SECONDS_PER_UNIT.minutes * MS_PER_SECOND],
      ['Hours', SECONDS_PER_UNIT.hours * MS_PER_SECOND],
      ['Date', SECONDS_PER_UNIT.days * MS_PER_SECOND],
      ['Month', SECONDS_PER_UNIT.months * MS_PER_SECOND],
      ['FullYear', SECONDS_PER_UNIT.years * MS_PER_SECOND],
    ] as const
  )
    .flatMap(([unit, milliseconds]) => [
      [`set${unit}`, { getter: `get${unit}`, milliseconds }],
      [`setUTC${unit}`, { getter: `getUTC${unit}`, milliseconds }],
    ])
    .concat([['setTime', { getter: 'getTime', milliseconds: 1 }]]),
);

/**
 * How many milliseconds after now a date variable lies when it is made as now and then moved by
 * statements of its own block: the w3schools helper's
 * `const d = new Date(); d.setTime(d.getTime() + days * 24 * 60 * 60 * 1000)`, and the same with
 * `setDate(d.getDate() + days)`, `setHours`, `setFullYear`, ... or `setTime(Date.now() + ms)`.
 * Undefined when the variable is not such a date, or is moved anywhere in a way not read here
 * (inside an `if`, by a value not known): a date made as now and never moved says nothing.
 */
export function readMovedDate(variable: TSESTree.Identifier, module: ModuleContext, depth: number): number | undefined {
  const binding = module.lookup(variable);
  if (binding.kind !== 'value' || binding.path.length > 0) return undefined;
  const made = unwrapExpression(binding.init);
  if (made.type !== 'NewExpression' || made.arguments.length > 0 || made.callee.type !== 'Identifier' || made.callee.name !== 'Date') return undefined;
  const declarator = made.parent;
  const declaration = declarator?.parent;
  const block = declaration?.parent;
  if (declarator?.type !== 'VariableDeclarator' || declaration?.type !== 'VariableDeclaration' || !block || !('body' in block) || !Array.isArray(block.body)) return undefined;
  const isSame = (node: TSESTree.Node): boolean => {
    const value = unwrapExpression(node);
    if (value.type !== 'Identifier' || value.name !== variable.name) return false;
    const found = module.lookup(value);
    return found.kind === 'value' && found.init === binding.init;
  };
  const statements = block.body as TSESTree.Node[];
  let offset = 0;
  let moves = 0;
  for (const statement of statements.slice(statements.indexOf(declaration) + 1)) {
    const call = statement.type === 'ExpressionStatement' ? unwrapExpression(statement.expression) : undefined;
    if (call?.type !== 'CallExpression' || call.callee.type !== 'MemberExpression' || !isSame(call.callee.object)) continue;
    const setter = getMemberName(call.callee);
    if (!setter?.startsWith('set')) continue;
    const moved = readMove(setter, call.arguments[0], isSame, module, depth);
    if (moved === undefined) return undefined;
    offset = moved.absolute ? moved.offset : offset + moved.offset;
    moves += 1;
  }
  if (moves === 0 || countSetterCalls(block, isSame) !== moves) return undefined;
  return offset;
}

/** One setter call's move: `d.setX(d.getX() ± n)` adds, `d.setTime(Date.now() + ms)` sets the offset outright. */
function readMove(
  setter: string,
  argument: TSESTree.Node | undefined,
  isSame: (node: TSESTree.Node) => boolean,
  module: ModuleContext,
  depth: number,
): { readonly offset: number; readonly absolute: boolean } | undefined {
  if (!argument || argument.type === 'SpreadElement') return undefined;
  const step = SETTERS[setter];
  if (setter === 'setTime') {
    const fromNow = resolveDateOffset(argument, module, true, depth + 1);
    if (fromNow !== undefined) return { offset: fromNow, absolute: true };
  }
  if (!step) return undefined;
  const sum = unwrapExpression(argument);
  if (sum.type !== 'BinaryExpression' || (sum.operator !== '+' && sum.operator !== '-')) return undefined;
  const isGetter = (node: TSESTree.Node): boolean => {
    const value = unwrapExpression(node);
    return value.type === 'CallExpression' && value.callee.type === 'MemberExpression' && getMemberName(value.callee) === step.getter && isSame(value.callee.object);
  };
  const [amount, sign] = isGetter(sum.left) ? [sum.right, sum.operator === '-' ? -1 : 1] : sum.operator === '+' && isGetter(sum.right) ? [sum.left, 1] : [undefined, 0];
  const steps = amount && resolveNumber(amount, module, depth + 1);
  return steps === undefined || Number.isNaN(steps) ? undefined : { offset: sign * steps * step.milliseconds, absolute: false };
}

// Every `d.setX(...)` in the block, at any depth: one inside an `if` or a loop makes the move unknown.
function countSetterCalls(root: TSESTree.Node, isSame: (node: TSESTree.Node) => boolean): number {
  let count = 0;
  const visit = (node: TSESTree.Node): void => {
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && getMemberName(node.callee)?.startsWith('set') && isSame(node.callee.object)) count += 1;
    forEachChild(node, visit);
  };
  visit(root);
  return count;
}
