import type { TSESTree } from '@typescript-eslint/utils';
import type { ModuleContext } from '../names/bindings.js';
import { findValue } from '../names/resolveString.js';

/** An argument of a call, and the context its node is read in. */
export interface CallArgument {
  readonly node: TSESTree.Node;
  readonly module: ModuleContext;
}

/**
 * The argument a call gives at `position`. A spread of an array the rules can read (`create(...args)`
 * with `args` a rest parameter bound to the caller's arguments, or `f(...['a', 'b'])`) gives its
 * elements in turn; after a spread of anything else, positions no longer say which argument a
 * parameter gets.
 */
export function getCallArgument(call: TSESTree.CallExpression | TSESTree.NewExpression, position: number, module: ModuleContext): CallArgument | undefined {
  let index = 0;
  for (const argument of call.arguments) {
    if (argument.type !== 'SpreadElement') {
      if (index === position) return { node: argument, module };
      index += 1;
      continue;
    }
    const found = findValue(argument.argument, module, 0);
    if (!found || 'namespace' in found || found.node.type !== 'ArrayExpression') return undefined;
    for (const element of found.node.elements) {
      if (!element || element.type === 'SpreadElement') return undefined;
      if (index === position) return { node: element, module: found.module };
      index += 1;
    }
  }
  return undefined;
}
