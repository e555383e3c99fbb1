import type { TSESTree } from '@typescript-eslint/utils';
import { bindArguments } from './bindArguments.js';
import type { ModuleContext } from './bindings.js';
import { type CalledFunction, findCalledFunction } from './findCalledFunction.js';

/** An expression a function returns, and the module (bound to one call's arguments) it is read in. */
export interface ReturnedValue {
  readonly node: TSESTree.Node;
  readonly module: ModuleContext;
}

// Past this many `return` statements a function is a dispatcher, not a getter: not followed.
const MAX_RETURNS = 8;
// Calls inside returned values are followed this deep (a function returning its own call).
const MAX_CALL_DEPTH = 24;
const cache = new WeakMap<TSESTree.Node, Map<ModuleContext, readonly ReturnedValue[] | undefined>>();

/**
 * What a call of a project function may return: every `return` argument (or the expression
 * body of an arrow), each read in the function's module with its parameters standing for the
 * call's arguments (`prefixed('sid')` with `const prefixed = (x) => \`__Host-${x}\``).
 * An async function's are followed only for a call that is `awaited`. Undefined when the callee
 * is not such a function.
 */
export function getReturnedValues(call: TSESTree.CallExpression, module: ModuleContext, depth: number, awaited = false): readonly ReturnedValue[] | undefined {
  // `await getAuthOptions()`: what an async function's `return`s give, once awaited.
  if (awaited) {
    const called = depth > MAX_CALL_DEPTH ? undefined : findCalledFunction(call, module);
    if (called?.fn.async && !called.fn.generator) return readReturnedValues(call, module, called);
  }
  // Past the depth limit nothing is kept: asked from nearer the top, the call is followed.
  if (depth > MAX_CALL_DEPTH) return undefined;
  let byModule = cache.get(call);
  if (!byModule) cache.set(call, (byModule = new Map()));
  if (byModule.has(module)) return byModule.get(module);
  const called = findCalledFunction(call, module);
  // Async functions and generators return something else than their `return`s.
  const returned = called && !called.fn.async && !called.fn.generator ? readReturnedValues(call, module, called) : undefined;
  byModule.set(module, returned);
  return returned;
}

function readReturnedValues(call: TSESTree.CallExpression, caller: ModuleContext, { fn, module }: CalledFunction): readonly ReturnedValue[] | undefined {
  const spread = call.arguments.findIndex((argument) => argument.type === 'SpreadElement');
  const bound = bindArguments(module, fn, (index) => {
    const argument = call.arguments[index];
    return argument && (spread === -1 || index < spread) ? { node: argument, module: caller } : undefined;
  });
  const expressions = fn.body.type === 'BlockStatement' ? collectReturns(fn.body) : [fn.body];
  if (expressions.length === 0 || expressions.length > MAX_RETURNS) return undefined;
  return expressions.map((node) => ({ node, module: bound }));
}

/** The arguments of the `return` statements of a function body, not of the functions nested in it. */
function collectReturns(body: TSESTree.Node): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === 'ReturnStatement') {
      if (node.argument) found.push(node.argument);
      return;
    }
    if (node !== body && isFunctionOrClass(node)) return;
    forEachChild(node, visit);
  };
  visit(body);
  return found;
}

/** Calls `visit` on each child node (trees of other modules have no parent links to skip; this file's have). */
export function forEachChild(node: TSESTree.Node, visit: (child: TSESTree.Node) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent' || !value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item);
    } else if (isNode(value)) {
      visit(value);
    }
  }
}

/** The nearest function around a node (itself when it is one), else its program. */
export function findEnclosingFunction(node: TSESTree.Node): TSESTree.Node {
  let scope = node;
  while (scope.parent && !isFunction(scope)) scope = scope.parent;
  return scope;
}

/** Whether a node or one below it matches. */
export function containsNode(root: TSESTree.Node, matches: (node: TSESTree.Node) => boolean): boolean {
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (matches(node)) found = true;
    else forEachChild(node, visit);
  };
  visit(root);
  return found;
}

/** A function declaration, expression or arrow. */
export function isFunction(node: TSESTree.Node): boolean {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Nodes inside which `return` and `this` belong to another function. */
export function isFunctionOrClass(node: TSESTree.Node): boolean {
  return (
    node.type === 'FunctionDeclaration' ||
    node.type === 'FunctionExpression' ||
    node.type === 'ArrowFunctionExpression' ||
    node.type === 'ClassDeclaration' ||
    node.type === 'ClassExpression'
  );
}
