import type { TSESTree } from '@typescript-eslint/utils';
import { getMemberName } from '../names/bindings.js';
import { forEachChild } from '../names/returnedValues.js';
import type { CallSink } from '../sinks/types.js';

/**
 * Whether an open only reopens a database another call creates: it gives no version, and its
 * function (callbacks included) handles no `upgradeneeded` (`onupgradeneeded`, an
 * `'upgradeneeded'` listener) and stores no record (`store.put(...)`, `store.add(...)`).
 */
export function isReopenOnly(call: TSESTree.CallExpression | TSESTree.NewExpression, spec: NonNullable<CallSink['reopens']>): boolean {
  if (call.arguments.length > spec.versionArgument) return false;
  let scope: TSESTree.Node = call;
  while (scope.parent && !isFunction(scope)) scope = scope.parent;
  let writes = false;
  const visit = (node: TSESTree.Node): void => {
    if (writes) return;
    if (node.type === 'MemberExpression' && getMemberName(node) === 'onupgradeneeded') writes = true;
    else if (node.type === 'Literal' && node.value === 'upgradeneeded') writes = true;
    else if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && spec.recordMethods.includes(getMemberName(node.callee) ?? '')) writes = true;
    else forEachChild(node, visit);
  };
  visit(scope);
  return !writes;
}

function isFunction(node: TSESTree.Node): boolean {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}
