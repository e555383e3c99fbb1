import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, getStaticKey, unwrapExpression } from '../names/bindings.js';
import { findValue } from '../names/resolveString.js';

/** The object or array literal a node is, or a constant of this module holds (an options object written apart from the call). */
export function findObjectLiteral(node: TSESTree.Node | undefined, module: ModuleContext): TSESTree.ObjectExpression | undefined;
export function findObjectLiteral(node: TSESTree.Node | undefined, module: ModuleContext): TSESTree.ObjectExpression | TSESTree.ArrayExpression | undefined;
export function findObjectLiteral(node: TSESTree.Node | undefined, module: ModuleContext): TSESTree.ObjectExpression | TSESTree.ArrayExpression | undefined {
  if (!node) return undefined;
  const found = findValue(node, module, 0);
  if (!found || 'namespace' in found || found.module !== module) return undefined;
  const value = unwrapExpression(found.node);
  return value.type === 'ObjectExpression' || value.type === 'ArrayExpression' ? value : undefined;
}

/** The array literal a node is, or a constant of this module holds. */
export function findArrayLiteral(node: TSESTree.Node | undefined, module: ModuleContext): TSESTree.ArrayExpression | undefined {
  const found = findObjectLiteral(node, module) as TSESTree.ObjectExpression | TSESTree.ArrayExpression | undefined;
  return found?.type === 'ArrayExpression' ? found : undefined;
}

/** The value of a property of an object literal (the last one written wins). */
export function getPropertyValue(object: TSESTree.ObjectExpression | TSESTree.ArrayExpression | undefined, key: string): TSESTree.Node | undefined {
  if (object?.type !== 'ObjectExpression') return undefined;
  for (const property of [...object.properties].reverse()) {
    if (property.type === 'Property' && getStaticKey(property.key, property.computed) === key) return property.value;
  }
  return undefined;
}

