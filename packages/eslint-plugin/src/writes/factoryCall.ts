import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, unwrapExpression } from '../names/bindings.js';
import { findValue } from '../names/resolveString.js';
import { getReturnedValues } from '../names/returnedValues.js';
import type { ValueSpec } from '../sinks/types.js';
import type { WriteContext } from './collectWrites.js';
import { matchValue } from './matchValue.js';

/** The arguments of a factory call, with the context (its own module) to read them in. */
export interface FactoryCall {
  readonly args: readonly TSESTree.CallExpressionArgument[];
  /** The call itself. */
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly context: WriteContext;
}

const MAX_DEPTH = 12;
// Following a project function into its `return`s costs this much depth.
const CALL_DEPTH = 4;

/**
 * The calls of `factory` that made the object `node` stands for: `prefs` after `const prefs =
 * createCookie('prefs')`, here or in an imported project file, or returned by a project
 * function (`cookieFor('prefs')`, one call per `return`). Empty when the object was made
 * otherwise (a parameter, a call of something else).
 */
export function findFactoryCalls(node: TSESTree.Node, factory: ValueSpec, context: WriteContext): FactoryCall[] {
  return findCalls(node, context.module, factory, 0).map(({ call, module }) => ({
    args: call.arguments,
    call,
    // A type reader answers only for the linted file's nodes.
    context: module === context.module ? context : { ...context, module, readType: undefined },
  }));
}

type Found = { readonly call: TSESTree.CallExpression | TSESTree.NewExpression; readonly module: ModuleContext };

function findCalls(node: TSESTree.Node, module: ModuleContext, factory: ValueSpec, depth: number): Found[] {
  if (depth > MAX_DEPTH) return [];
  const found = findValue(node, module, depth);
  if (!found || 'namespace' in found) return [];
  let value = unwrapExpression(found.node);
  if (value.type === 'AwaitExpression') value = unwrapExpression(value.argument);
  if (value.type !== 'CallExpression' && value.type !== 'NewExpression') return [];
  if (matchValue(value.callee, factory, found.module)) return [{ call: value, module: found.module }];
  const returned = value.type === 'CallExpression' ? getReturnedValues(value, found.module, depth) : undefined;
  return returned?.flatMap((each) => findCalls(each.node, each.module, factory, depth + CALL_DEPTH)) ?? [];
}
