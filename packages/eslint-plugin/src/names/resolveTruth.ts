import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, getMemberName, getStaticKey, unwrapExpression } from './bindings.js';
import { findValue } from './resolveString.js';

const MAX_DEPTH = 8;

/**
 * Whether a test is true, when the source fixes it: a literal, `!x`, or a constant or option
 * holding one (`options.useLocalStorage` where the caller's `{ useLocalStorage: true }` is in
 * sight). An option left out of an object literal without spreads is `undefined`, so false.
 * Undefined when it is known only at run time.
 */
export function resolveTruth(raw: TSESTree.Node, module: ModuleContext, depth = 0): boolean | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(raw);
  if (node.type === 'Literal') return node.value !== null && typeof node.value === 'object' ? true : Boolean(node.value);
  if (node.type === 'UnaryExpression' && node.operator === '!') {
    const truth = resolveTruth(node.argument, module, depth + 1);
    return truth === undefined ? undefined : !truth;
  }
  if (node.type === 'MemberExpression' && isLeftOutOption(node, module, depth)) return false;
  if (node.type !== 'Identifier' && node.type !== 'MemberExpression') return undefined;
  const found = findValue(node, module, depth + 1);
  if (!found || 'namespace' in found || found.node === node) return undefined;
  const value = unwrapExpression(found.node);
  return value.type === 'Literal' ? resolveTruth(value, found.module, depth + 1) : undefined;
}

// `options.useLocalStorage` on an object literal that gives no such property and spreads nothing in.
function isLeftOutOption(node: TSESTree.MemberExpression, module: ModuleContext, depth: number): boolean {
  const name = getMemberName(node);
  if (name === undefined) return false;
  const found = findValue(node.object, module, depth + 1);
  return found !== undefined && !('namespace' in found) && lacksProperty(found.node, name);
}

/** Whether a node is an object literal that spreads nothing in and gives no property `name`: reading it gives `undefined`. */
export function lacksProperty(raw: TSESTree.Node, name: string): boolean {
  const object = unwrapExpression(raw);
  if (object.type !== 'ObjectExpression') return false;
  return object.properties.every((property) => {
    if (property.type !== 'Property') return false;
    const key = getStaticKey(property.key, property.computed);
    return key !== undefined && key !== name;
  });
}
