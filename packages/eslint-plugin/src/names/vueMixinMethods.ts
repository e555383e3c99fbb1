import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, type ModuleContext, getStaticKey, unwrapExpression } from './bindings.js';
import { findValue } from './resolveString.js';

/** How many mixins (or `extends`) deep a method is looked for. */
const MAX_MIXIN_DEPTH = 4;

/**
 * `this.updateSetting(...)` in a Vue Options API component, from one of its `methods` or from a
 * hook of the options themselves (`mounted() {...}`): the component's own method, or one it takes
 * from a mixin (`mixins: [UserConfig]`) or a component it extends (`extends: Base`), in that
 * mixin's own module. `object` is the object literal whose `this` the call's is.
 */
export function findOptionsMethod(object: TSESTree.ObjectExpression, name: string, module: ModuleContext): { fn: FunctionNode; module: ModuleContext } | undefined {
  const holder = object.parent;
  const inMethods = holder?.type === 'Property' && holder.value === object && getStaticKey(holder.key, holder.computed) === 'methods' && holder.parent.type === 'ObjectExpression';
  const options = inMethods ? (holder.parent as TSESTree.ObjectExpression) : object;
  if (!isComponentOptions(options)) return undefined;
  return (inMethods ? undefined : findOwnMethod(options, name, module)) ?? findInheritedMethod(options, name, module, 0);
}

// An object that reads as a component's options: it has methods, mixins or extends.
function isComponentOptions(options: TSESTree.ObjectExpression): boolean {
  return options.properties.some((property) => property.type === 'Property' && ['methods', 'mixins', 'extends'].includes(getStaticKey(property.key, property.computed) ?? ''));
}

function findInheritedMethod(options: TSESTree.ObjectExpression, name: string, module: ModuleContext, depth: number): { fn: FunctionNode; module: ModuleContext } | undefined {
  if (depth > MAX_MIXIN_DEPTH) return undefined;
  // Vue merges later mixins over earlier ones, and the component's `extends` under them all.
  for (const source of [...getOption(options, 'mixins', 'ArrayExpression'), ...getOption(options, 'extends')].reverse()) {
    const found = findOptionsObject(source, module);
    if (!found) continue;
    const own = findOwnMethod(found.node, name, found.module);
    if (own) return own;
    const inherited = findInheritedMethod(found.node, name, found.module, depth + 1);
    if (inherited) return inherited;
  }
  return undefined;
}

// The values an option gives: an array's elements (`mixins: [A, B]`), or the value itself.
function getOption(options: TSESTree.ObjectExpression, key: string, list?: 'ArrayExpression'): TSESTree.Node[] {
  for (const property of options.properties) {
    if (property.type !== 'Property' || getStaticKey(property.key, property.computed) !== key) continue;
    const value = unwrapExpression(property.value);
    if (!list) return [value];
    return value.type === 'ArrayExpression' ? value.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== 'SpreadElement') : [];
  }
  return [];
}

/** A mixin's options object: an object literal, also inside `defineComponent({...})` or `Vue.extend({...})`, here or in the module it is imported from. */
function findOptionsObject(node: TSESTree.Node, module: ModuleContext): { node: TSESTree.ObjectExpression; module: ModuleContext } | undefined {
  const found = findValue(node, module, 0);
  if (!found || 'namespace' in found) return undefined;
  let value = unwrapExpression(found.node);
  if (value.type === 'CallExpression' && value.arguments[0]) value = unwrapExpression(value.arguments[0]);
  return value.type === 'ObjectExpression' ? { node: value, module: found.module } : undefined;
}

function findOwnMethod(options: TSESTree.ObjectExpression, name: string, module: ModuleContext): { fn: FunctionNode; module: ModuleContext } | undefined {
  const [methods] = getOption(options, 'methods');
  if (methods?.type !== 'ObjectExpression') return undefined;
  for (const property of methods.properties) {
    if (property.type !== 'Property' || getStaticKey(property.key, property.computed) !== name) continue;
    const value = unwrapExpression(property.value);
    if (value.type === 'FunctionExpression' || value.type === 'ArrowFunctionExpression') return { fn: value, module };
  }
  return undefined;
}
