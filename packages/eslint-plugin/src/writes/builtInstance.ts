import type { TSESTree } from '@typescript-eslint/utils';
import { getMemberName, unwrapExpression } from '../names/bindings.js';
import { resolveString } from '../names/resolveString.js';
import { getKnownText, normalizeShape } from '../names/stringShape.js';
import type { BuilderChain } from '../sinks/types.js';
import type { WriteContext } from './collectWrites.js';
import { findFactoryCalls } from './factoryCall.js';
import type { KeyedInstance } from './keyedInstance.js';
import { matchValue } from './matchValue.js';
import { anyValue, memberOf } from '../sinks/shapes.js';

/** How many calls a builder's chain may have between its start and `build()`. */
const MAX_CHAIN = 8;

/**
 * Where the instance `receiver` stands for stores, and the text before its keys, when a builder's
 * chain made it (`getBuilder('memories').clearOnLogout().persist().build()`), here or where the
 * value was kept (a class field, a constant of an imported file). Empty when it was made otherwise.
 */
export function readBuiltInstances(receiver: TSESTree.Node, spec: BuilderChain, context: WriteContext): KeyedInstance[] {
  return findFactoryCalls(receiver, memberOf(anyValue, spec.build), context).flatMap(({ call, context: at }) => readChain(call, spec, at));
}

function readChain(build: TSESTree.CallExpression | TSESTree.NewExpression, spec: BuilderChain, context: WriteContext): KeyedInstance[] {
  const on = new Set<string>();
  // The chain is read from its end: the last call of a setting is the one that holds.
  const decided = new Set<string>();
  let current: TSESTree.Node = build;
  for (let step = 0; step < MAX_CHAIN; step += 1) {
    const call = unwrapExpression(current);
    if (call.type !== 'CallExpression') return [];
    if (matchValue(call.callee, spec.root.callee, context.module)) {
      const scopeNode = call.arguments[spec.root.scopeArgument];
      const shapes = scopeNode ? resolveString(scopeNode, context.module, context.readType) : [];
      const [only] = shapes;
      const scope = shapes.length === 1 && only ? getKnownText(only) : undefined;
      const { storage, prefix } = spec.describe(on, scope);
      return [{ storage, prefix: [normalizeShape([...prefix])] }];
    }
    const callee = unwrapExpression(call.callee);
    if (callee.type !== 'MemberExpression') return [];
    const method = getMemberName(callee) ?? '';
    if (spec.settings.includes(method)) {
      if (!decided.has(method) && !isFalse(call.arguments[0])) on.add(method);
      decided.add(method);
    } else if (method !== spec.build) {
      return [];
    }
    current = callee.object;
  }
  return [];
}

// `persist(false)` turns it off; `persist()`, `persist(true)` and a value known only at run time count as on.
function isFalse(node: TSESTree.Node | undefined): boolean {
  const value = node && unwrapExpression(node);
  return value?.type === 'Literal' && value.value === false;
}
