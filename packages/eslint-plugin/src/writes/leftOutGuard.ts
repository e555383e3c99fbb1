import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, type ModuleContext, getMemberName, unwrapExpression } from '../names/bindings.js';
import { findBindingValue, findValue, isLeftOutParameter } from '../names/resolveString.js';
import { lacksProperty } from '../names/resolveTruth.js';

/** The nullish value a parameter holds in one call: left out or `undefined`, or `null`. */
type Nullish = 'undefined' | 'null';

/**
 * Whether, for this call, the write sits where a parameter the call leaves out (or passes as
 * `null` or `undefined`) never lets it run: jellyfin's `maxStreamingBitrate(isInNetwork,
 * mediaType, val)` only writes `if (val !== undefined)`, so `maxStreamingBitrate(true, 'Video')`
 * reads; bruno's `writePersistedEditorState({ key, state: null })` takes the `removeItem` of
 * `if (state == null)`, not the `setItem` of its `else`. The test may be the parameter itself
 * (`!x` for an `else`), `!== undefined`, `!= null`, `typeof x !== 'undefined'` (or their
 * opposites for an `else`), or one side of `&&` (of `||` for an `else`); or an earlier `if` of
 * the same block returns (or throws) when the parameter is nullish.
 */
export function isGuardedByLeftOut(site: TSESTree.Node, fn: FunctionNode, bound: ModuleContext): boolean {
  for (let current: TSESTree.Node | undefined = site; current && current !== fn; current = current.parent) {
    const statement: TSESTree.Node | undefined = current.parent;
    if (statement?.type === 'IfStatement' || statement?.type === 'ConditionalExpression') {
      if (statement.consequent === current && isFalseWhenNullish(statement.test, bound)) return true;
      if (statement.alternate === current && isTrueWhenNullish(statement.test, bound)) return true;
    }
    if (statement?.type === 'LogicalExpression' && statement.operator === '&&' && statement.right === current && isFalseWhenNullish(statement.left, bound)) return true;
    if (statement?.type === 'BlockStatement' && isAfterNullishExit(statement, current, bound)) return true;
  }
  return false;
}

/**
 * Whether an earlier statement of the block leaves the function when a parameter is nullish here:
 * suwayomi's `if (value === undefined) { storage.removeItem(key); return; }` before its `setItem`,
 * for `setItem(KEY, undefined)`.
 */
function isAfterNullishExit(block: TSESTree.BlockStatement, statement: TSESTree.Node, bound: ModuleContext): boolean {
  for (const earlier of block.body) {
    if (earlier === statement) return false;
    if (earlier.type === 'IfStatement' && !earlier.alternate && alwaysExits(earlier.consequent) && isTrueWhenNullish(earlier.test, bound)) return true;
  }
  return false;
}

function alwaysExits(statement: TSESTree.Statement): boolean {
  if (statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement') return true;
  const last = statement.type === 'BlockStatement' ? statement.body.at(-1) : undefined;
  return last !== undefined && alwaysExits(last);
}

// A test that is false in this call, because a parameter it checks is nullish here.
function isFalseWhenNullish(raw: TSESTree.Node, bound: ModuleContext): boolean {
  const test = unwrapExpression(raw);
  if (test.type === 'LogicalExpression' && test.operator === '&&') return isFalseWhenNullish(test.left, bound) || isFalseWhenNullish(test.right, bound);
  if (test.type === 'UnaryExpression' && test.operator === '!') return isTrueWhenNullish(test.argument, bound);
  if (test.type === 'BinaryExpression' && (test.operator === '!==' || test.operator === '!=')) return isNullishComparison(test, bound, test.operator === '!=');
  return getNullish(test, bound) !== undefined;
}

// A test that is true in this call, because a parameter it checks is nullish here.
function isTrueWhenNullish(raw: TSESTree.Node, bound: ModuleContext): boolean {
  const test = unwrapExpression(raw);
  if (test.type === 'LogicalExpression' && test.operator === '||') return isTrueWhenNullish(test.left, bound) || isTrueWhenNullish(test.right, bound);
  if (test.type === 'UnaryExpression' && test.operator === '!') return isFalseWhenNullish(test.argument, bound);
  if (test.type === 'BinaryExpression' && (test.operator === '===' || test.operator === '==')) return isNullishComparison(test, bound, test.operator === '==');
  return false;
}

/**
 * Whether `x === undefined` (`x == null`, `typeof x === 'undefined'`, and the same with `!`)
 * compares a parameter that holds the very nullish value compared against. `loose` (`==`,
 * `!=`) makes `null` and `undefined` alike.
 */
function isNullishComparison(test: TSESTree.BinaryExpression, bound: ModuleContext, loose: boolean): boolean {
  const [checked, against] = isNullishLiteral(test.right) ? [test.left, test.right] : isNullishLiteral(test.left) ? [test.right, test.left] : [undefined, undefined];
  if (!checked || !against) return false;
  const value = unwrapExpression(checked);
  if (value.type === 'UnaryExpression' && value.operator === 'typeof') {
    return isLiteralText(against, 'undefined') && getNullish(value.argument, bound) === 'undefined';
  }
  if (isLiteralText(against, 'undefined')) return false;
  const held = getNullish(value, bound);
  if (held === undefined) return false;
  return loose || held === (isNull(against) ? 'null' : 'undefined');
}

/**
 * What nullish value a parameter holds in this call: left out (without a default), or given
 * `null` or `undefined`; an option the call's object literal leaves out is `undefined` too
 * (fider's `const { cacheKey } = options` given `{ maxAttachments: 3 }`).
 */
function getNullish(raw: TSESTree.Node, bound: ModuleContext): Nullish | undefined {
  const node = unwrapExpression(raw);
  if (node.type === 'MemberExpression') return isOptionLeftOut(node.object, getMemberName(node), bound) ? 'undefined' : undefined;
  if (node.type !== 'Identifier') return undefined;
  if (isLeftOutParameter(node, bound, 0)) return 'undefined';
  const binding = bound.lookup(node);
  const [step] = binding.kind === 'value' ? binding.path : [];
  if (binding.kind === 'value' && binding.path.length === 1 && step && 'property' in step && !binding.fallback && isOptionLeftOut(binding.init, step.property, binding.module)) return 'undefined';
  // Only a value the call gives (a parameter bound to an argument); a constant of the module is no parameter.
  if (binding.kind !== 'value' || !isInCall(binding.init)) return undefined;
  const found = findBindingValue(binding, [], 0);
  if (!found || 'namespace' in found) return undefined;
  const value = unwrapExpression(found.node);
  if (isNull(value)) return 'null';
  return value.type === 'Identifier' && value.name === 'undefined' ? 'undefined' : undefined;
}

// `options.key` or `const { key } = options`, where `options` is an object literal this call gives
// without `key`; also `const { key } = props ?? {}` with `props` so given or left out.
function isOptionLeftOut(raw: TSESTree.Node, property: string | undefined, bound: ModuleContext): boolean {
  if (property === undefined) return false;
  const object = unwrapExpression(raw);
  if (object.type === 'LogicalExpression' && (object.operator === '??' || object.operator === '||') && lacksProperty(object.right, property)) {
    const given = unwrapExpression(object.left);
    return (given.type === 'Identifier' && isLeftOutParameter(given, bound, 0)) || isOptionLeftOut(given, property, bound);
  }
  const found = findValue(object, bound, 0);
  return found !== undefined && !('namespace' in found) && isInCall(unwrapExpression(found.node)) && lacksProperty(found.node, property);
}

// An argument node sits in a call's argument list (or is the object literal given for a destructured parameter).
function isInCall(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.arguments.includes(node as TSESTree.CallExpressionArgument);
}

function isNullishLiteral(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return (value.type === 'Identifier' && value.name === 'undefined') || isNull(value) || isLiteralText(value, 'undefined');
}

function isNull(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'Literal' && value.value === null;
}

function isLiteralText(node: TSESTree.Node, text: string): boolean {
  const value = unwrapExpression(node);
  return value.type === 'Literal' && value.value === text;
}
