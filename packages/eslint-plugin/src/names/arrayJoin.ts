import type { TSESTree } from '@typescript-eslint/utils';
import { getMemberName, unwrapExpression } from './bindings.js';

/** The parts of `[a, b].join(separator)`: the array's elements and the separator's expression. */
export interface ArrayJoin {
  readonly elements: readonly TSESTree.Node[];
  /** Undefined when `join()` is called without one: `,` is used. */
  readonly separator: TSESTree.Node | undefined;
}

/**
 * A `join` of an array literal written in place (`[`${NAME}=${v}`, 'path=/'].join('; ')`, an
 * idiom for cookie strings). Undefined for any other call, and for arrays with holes or spreads,
 * whose parts cannot be told.
 */
export function readArrayJoin(node: TSESTree.Node): ArrayJoin | undefined {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || getMemberName(node.callee) !== 'join') return undefined;
  const array = unwrapExpression(node.callee.object);
  const [separator, ...rest] = node.arguments;
  if (array.type !== 'ArrayExpression' || rest.length > 0 || separator?.type === 'SpreadElement') return undefined;
  const elements: TSESTree.Node[] = [];
  for (const element of array.elements) {
    if (!element || element.type === 'SpreadElement') return undefined;
    elements.push(element);
  }
  return { elements, separator };
}
