import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, type ModuleContext, isNullish, unwrapExpression } from '../names/bindings.js';
import { bindValues } from '../names/bindArguments.js';
import { findValue, getStaticKeys } from '../names/resolveString.js';
import { decideStringTest } from './stringTest.js';

/** One key of the object a loop goes over, with the context in which the loop is at that key. */
export interface GivenKey {
  /** The property of the object literal that holds the key. */
  readonly property: TSESTree.Property;
  readonly module: ModuleContext;
}

/**
 * For a write inside a loop over the keys of an object (`for (const key of _.keys(initialData))`,
 * dbgate's openNewTab) that the call being followed gives as an object literal with static keys:
 * each of its keys, with `bound` seen at that key. Undefined when the write is in no such loop.
 */
export function findGivenKeys(site: TSESTree.Node, fn: FunctionNode, bound: ModuleContext): GivenKey[] | undefined {
  for (let current: TSESTree.Node | undefined = site.parent; current && current !== fn; current = current.parent) {
    const variable = getLoopVariable(current);
    if (!variable) continue;
    const binding = bound.lookup(variable);
    if (binding.kind !== 'objectKey') continue;
    // `openNewTab(tab)` leaves `initialData` out: the loop goes round no key.
    if (isAbsent(binding.object, binding.module)) return [];
    const found = findValue(binding.object, binding.module, 0);
    const object = found && !('namespace' in found) ? unwrapExpression(found.node) : undefined;
    if (object && isNullish(object)) return [];
    if (object?.type !== 'ObjectExpression') return undefined;
    const names = getStaticKeys(object);
    if (!names) return undefined;
    const keys: GivenKey[] = [];
    for (const [index, key] of names.entries()) {
      const property = object.properties[index] as TSESTree.Property;
      const text = { type: 'Literal', value: key, raw: JSON.stringify(key), range: property.key.range, loc: property.key.loc, parent: property } as TSESTree.StringLiteral;
      const atKey = bindValues(bound, (candidate) => (candidate.kind === 'objectKey' && candidate.variable === binding.variable ? { kind: 'value', init: text, path: [], module: bound } : undefined));
      keys.push({ property, module: atKey });
    }
    return keys;
  }
  return undefined;
}

// A parameter the call leaves out, without a default or with a nullish one.
function isAbsent(raw: TSESTree.Node, module: ModuleContext): boolean {
  const node = unwrapExpression(raw);
  if (node.type !== 'Identifier') return false;
  const binding = module.lookup(node);
  return binding.kind === 'param' && binding.leftOut === true && (!binding.fallback || isNullish(unwrapExpression(binding.fallback)));
}

// The variable a `for ... of` / `for ... in` declares, or the first parameter of a callback.
function getLoopVariable(node: TSESTree.Node): TSESTree.Identifier | undefined {
  if (node.type === 'ForOfStatement' || node.type === 'ForInStatement') {
    const declaration = node.left;
    const [declarator] = declaration.type === 'VariableDeclaration' ? declaration.declarations : [];
    return declarator?.id.type === 'Identifier' ? declarator.id : undefined;
  }
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') {
    const [first] = node.params;
    return first?.type === 'Identifier' ? first : undefined;
  }
  return undefined;
}

/**
 * Whether a test on the way from `fn` down to `site` decides, in `module`, that the site is not
 * reached: the `if` of `if (key == 'editor') { a } else { site }` at `editor`, the left side of `&&`.
 */
export function isDecidedAway(site: TSESTree.Node, fn: FunctionNode, module: ModuleContext): boolean {
  for (let current: TSESTree.Node = site; current.parent && current !== fn; current = current.parent) {
    const parent: TSESTree.Node = current.parent;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test !== current) {
      const decided = decideStringTest(parent.test, module);
      if (decided !== undefined && decided !== (parent.consequent === current)) return true;
    }
    if (parent.type === 'LogicalExpression' && parent.operator === '&&' && parent.right === current && decideStringTest(parent.left, module) === false) return true;
  }
  return false;
}
