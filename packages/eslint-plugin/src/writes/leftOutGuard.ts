import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, type ModuleContext, unwrapExpression } from '../names/bindings.js';
import { isLeftOutParameter } from '../names/resolveString.js';

/**
 * Whether, for this call, the write sits under an `if` that needs a parameter the call leaves
 * out: jellyfin's `maxStreamingBitrate(isInNetwork, mediaType, val)` only writes
 * `if (val !== undefined)`, so `maxStreamingBitrate(true, 'Video')` reads. The test may be the
 * parameter itself, `!== undefined`, `!= null`, `typeof x !== 'undefined'`, or one side of `&&`.
 */
export function isGuardedByLeftOut(site: TSESTree.Node, fn: FunctionNode, bound: ModuleContext): boolean {
  for (let current: TSESTree.Node | undefined = site; current && current !== fn; current = current.parent) {
    const statement: TSESTree.Node | undefined = current.parent;
    if ((statement?.type === 'IfStatement' || statement?.type === 'ConditionalExpression') && statement.consequent === current && needsLeftOut(statement.test, bound)) return true;
    if (statement?.type === 'LogicalExpression' && statement.operator === '&&' && statement.right === current && needsLeftOut(statement.left, bound)) return true;
  }
  return false;
}

// A test that is false when a left-out parameter (without a default) is `undefined`.
function needsLeftOut(raw: TSESTree.Node, bound: ModuleContext): boolean {
  const test = unwrapExpression(raw);
  if (test.type === 'Identifier') return isLeftOutParameter(test, bound, 0);
  if (test.type === 'LogicalExpression' && test.operator === '&&') return needsLeftOut(test.left, bound) || needsLeftOut(test.right, bound);
  if (test.type !== 'BinaryExpression' || !['!==', '!='].includes(test.operator)) return false;
  const [checked, against] = isUndefinedValue(test.right) ? [test.left, test.right] : isUndefinedValue(test.left) ? [test.right, test.left] : [undefined, undefined];
  if (!checked || !against) return false;
  // `x !== null` holds for `undefined`; `x != null` and `x !== undefined` do not.
  if (test.operator === '!==' && isNull(against)) return false;
  const value = unwrapExpression(checked);
  if (value.type === 'Identifier') return isLeftOutParameter(value, bound, 0);
  return value.type === 'UnaryExpression' && value.operator === 'typeof' && value.argument.type === 'Identifier' && isLiteralText(against, 'undefined') && isLeftOutParameter(value.argument, bound, 0);
}

function isUndefinedValue(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return (value.type === 'Identifier' && value.name === 'undefined') || isNull(value) || isLiteralText(value, 'undefined');
}

function isNull(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'Literal' && value.value === null;
}

function isLiteralText(node: TSESTree.Node, text: string): boolean {
  const value = unwrapExpression(node);
  return value.type === 'Literal' && value.value === text;
}
