import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, unwrapExpression } from '../names/bindings.js';
import { resolveString } from '../names/resolveString.js';
import { getParameterPlace } from './parameterPlaceholder.js';

/**
 * The outcome of a test made of string comparisons (`a === b`, `!==`, `==`, `!=`) whose sides are
 * known in full, combined with `!`, `&&` and `||`: `key == 'editor' || key == 'rows'` with `key`
 * known; undefined when a part that decides it is not known.
 */
export function decideStringTest(node: TSESTree.Node, module: ModuleContext): boolean | undefined {
  const test = unwrapExpression(node);
  if (test.type === 'UnaryExpression' && test.operator === '!') {
    const inner = decideStringTest(test.argument, module);
    return inner === undefined ? undefined : !inner;
  }
  if (test.type === 'LogicalExpression' && (test.operator === '&&' || test.operator === '||')) {
    const left = decideStringTest(test.left, module);
    const right = decideStringTest(test.right, module);
    const deciding = test.operator === '||';
    if (left === deciding || right === deciding) return deciding;
    return left === undefined || right === undefined ? undefined : !deciding;
  }
  if (test.type !== 'BinaryExpression' || !['===', '!==', '==', '!='].includes(test.operator) || test.left.type === 'PrivateIdentifier') return undefined;
  const left = readExactString(test.left, module);
  const right = left === undefined ? undefined : readExactString(test.right, module);
  if (left === undefined || right === undefined) return undefined;
  return (left === right) === (test.operator === '===' || test.operator === '==');
}

/** The one string a node is, when known in full (a parameter being summarised is not known). */
function readExactString(node: TSESTree.Node, module: ModuleContext): string | undefined {
  const shapes = resolveString(node, module);
  const [only] = shapes;
  if (shapes.length !== 1 || !only || only.some((part) => part === null) || getParameterPlace(shapes) !== undefined) return undefined;
  return only.join('');
}
