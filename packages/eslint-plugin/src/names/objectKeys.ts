import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, getMemberName, unwrapExpression } from './bindings.js';

/**
 * The object whose keys a loop variable takes: `data` in `for (const key of Object.keys(data))`
 * (also lodash's `_.keys(data)` and `keys(data)`) and in `for (const key in data)`.
 */
export function getLoopedObject(declarator: TSESTree.VariableDeclarator): TSESTree.Expression | undefined {
  const declaration = declarator.parent;
  const loop = declaration?.parent;
  if (declaration?.type !== 'VariableDeclaration' || declaration.declarations.length !== 1) return undefined;
  if (loop?.type === 'ForInStatement' && loop.left === declaration) return loop.right;
  if (loop?.type === 'ForOfStatement' && loop.left === declaration && !loop.await) return getKeysArgument(loop.right);
  return undefined;
}

/** The object of `Object.keys(data).forEach((key) => ...)` (also `.map`, `.filter`, ...) when `name` is the callback's first parameter. */
export function getKeyCallbackObject(fn: FunctionNode, name: TSESTree.Identifier): TSESTree.Expression | undefined {
  const [first] = fn.params;
  if (first?.type !== 'Identifier' || first.name !== name.name) return undefined;
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== fn || call.callee.type !== 'MemberExpression') return undefined;
  if (!ITERATING_METHODS.has(getMemberName(call.callee) ?? '')) return undefined;
  return getKeysArgument(call.callee.object);
}

const ITERATING_METHODS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every']);

// `Object.keys(data)`, `_.keys(data)`, `keys(data)`: the object; whether `_` is lodash is not checked,
// a library's own `keys` taking an object and giving its keys being what the name says.
function getKeysArgument(raw: TSESTree.Node): TSESTree.Expression | undefined {
  const call = unwrapExpression(raw);
  if (call.type !== 'CallExpression' || call.arguments.length !== 1) return undefined;
  const [argument] = call.arguments;
  if (!argument || argument.type === 'SpreadElement') return undefined;
  const callee = unwrapExpression(call.callee);
  const isKeys =
    (callee.type === 'MemberExpression' && getMemberName(callee) === 'keys' && callee.object.type === 'Identifier' && (callee.object.name === 'Object' || callee.object.name === '_')) ||
    (callee.type === 'Identifier' && callee.name === 'keys');
  return isKeys ? argument : undefined;
}
