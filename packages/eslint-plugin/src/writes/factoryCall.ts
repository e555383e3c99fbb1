import type { TSESTree } from '@typescript-eslint/utils';
import { unwrapExpression } from '../names/bindings.js';
import { findValue } from '../names/resolveString.js';
import type { ValueSpec } from '../sinks/types.js';
import type { WriteContext } from './collectWrites.js';
import { matchValue } from './matchValue.js';

/** The arguments of a factory call, with the context (its own module) to read them in. */
export interface FactoryCall {
  readonly args: readonly TSESTree.CallExpressionArgument[];
  readonly context: WriteContext;
}

/**
 * The call of `factory` that made the object `node` stands for: `prefs` after `const prefs =
 * createCookie('prefs')`, here or in an imported project file. Undefined when the object was
 * made otherwise (a parameter, a call of something else).
 */
export function findFactoryCall(node: TSESTree.Node, factory: ValueSpec, context: WriteContext): FactoryCall | undefined {
  const found = findValue(node, context.module, 0);
  if (!found || 'namespace' in found) return undefined;
  let value = unwrapExpression(found.node);
  if (value.type === 'AwaitExpression') value = unwrapExpression(value.argument);
  if ((value.type !== 'CallExpression' && value.type !== 'NewExpression') || !matchValue(value.callee, factory, found.module)) return undefined;
  // A type reader answers only for the linted file's nodes.
  return { args: value.arguments, context: found.module === context.module ? context : { ...context, module: found.module, readType: undefined } };
}
