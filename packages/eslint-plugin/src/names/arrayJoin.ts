import type { TSESTree } from '@typescript-eslint/utils';
import { getMemberName, unwrapExpression } from './bindings.js';

/** The parts of `[a, b].join(separator)`: the array's elements and the separator's expression. */
export interface ArrayJoin {
  readonly elements: readonly TSESTree.Node[];
  /** Undefined when `join()` is called without one: `,` is used. */
  readonly separator: TSESTree.Node | undefined;
  /** The array is filtered to its truthy elements first (`[a, b].filter(Boolean).join('_')`): an empty element drops out with its separator. */
  readonly dropsFalsy: boolean;
}

/**
 * A `join` of an array literal written in place (`[`${NAME}=${v}`, 'path=/'].join('; ')`, an
 * idiom for cookie strings), also of its truthy elements (`['oc-options', prefix, name].filter(Boolean).join('_')`).
 * Undefined for any other call, and for arrays with holes or spreads, whose parts cannot be told.
 */
export function readArrayJoin(node: TSESTree.Node): ArrayJoin | undefined {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || getMemberName(node.callee) !== 'join') return undefined;
  const joined = unwrapExpression(node.callee.object);
  const dropsFalsy = isTruthyFilter(joined);
  const array = dropsFalsy ? unwrapExpression(((joined as TSESTree.CallExpression).callee as TSESTree.MemberExpression).object) : joined;
  const [separator, ...rest] = node.arguments;
  if (array.type !== 'ArrayExpression' || rest.length > 0 || separator?.type === 'SpreadElement') return undefined;
  const elements: TSESTree.Node[] = [];
  for (const element of array.elements) {
    if (!element || element.type === 'SpreadElement') return undefined;
    elements.push(element);
  }
  return { elements, separator, dropsFalsy };
}

// `.filter(Boolean)`, `.filter((part) => part)`, `.filter((part) => !!part)`.
function isTruthyFilter(node: TSESTree.Node): boolean {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || getMemberName(node.callee) !== 'filter' || node.arguments.length !== 1) return false;
  const test = node.arguments[0]!;
  if (test.type === 'Identifier') return test.name === 'Boolean';
  const param = test.type === 'ArrowFunctionExpression' && test.params.length === 1 ? test.params[0] : undefined;
  if (test.type !== 'ArrowFunctionExpression' || param?.type !== 'Identifier') return false;
  let body: TSESTree.Node = test.body;
  while (body.type === 'UnaryExpression' && body.operator === '!' && body.argument.type === 'UnaryExpression' && body.argument.operator === '!') body = body.argument.argument;
  return body.type === 'Identifier' && body.name === param.name;
}
