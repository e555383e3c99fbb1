import type { TSESTree } from '@typescript-eslint/utils';
import { getMemberName } from '../names/bindings.js';
import { containsNode, findEnclosingFunction, isFunction } from '../names/returnedValues.js';
import type { CallSink } from '../sinks/types.js';

// Calls that may create nothing in the storage they name, read from their surroundings.

/**
 * Whether an open only reopens a database another call creates: it gives no version, and its
 * function (callbacks included) handles no `upgradeneeded` (`onupgradeneeded`, an
 * `'upgradeneeded'` listener) and stores no record (`store.put(...)`, `store.add(...)`).
 */
export function isReopenOnly(call: TSESTree.CallExpression | TSESTree.NewExpression, spec: NonNullable<CallSink['reopens']>): boolean {
  if (call.arguments.length > spec.versionArgument) return false;
  return !containsNode(findEnclosingFunction(call), (node) =>
    (node.type === 'MemberExpression' && getMemberName(node) === 'onupgradeneeded') ||
    (node.type === 'Literal' && node.value === 'upgradeneeded') ||
    (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && spec.recordMethods.includes(getMemberName(node.callee) ?? '')),
  );
}

/**
 * Whether an instance made here is kept in a `const` of a function whose body calls none of
 * `methods` on anything (`const client = new PocketBase(url); client.collection(c).confirmPasswordReset(...)`).
 */
export function isLocalInstanceNeverCalled(call: TSESTree.CallExpression | TSESTree.NewExpression, methods: readonly string[]): boolean {
  const declarator = call.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== call || declarator.id.type !== 'Identifier' || declarator.parent.kind !== 'const') return false;
  const scope = findEnclosingFunction(declarator);
  if (!isFunction(scope)) return false;
  return !containsNode(scope, (node) => node.type === 'MemberExpression' && methods.includes(getMemberName(node) ?? ''));
}
