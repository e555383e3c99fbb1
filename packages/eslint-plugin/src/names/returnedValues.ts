import type { TSESTree } from '@typescript-eslint/utils';
import { bindArguments } from './bindArguments.js';
import { type Binding, type FunctionNode, type ModuleContext, getPatternPath, unwrapExpression } from './bindings.js';
import { findValue } from './resolveString.js';

/** An expression a function returns, and the module (bound to one call's arguments) it is read in. */
export interface ReturnedValue {
  readonly node: TSESTree.Node;
  readonly module: ModuleContext;
}

/** A function of the project that a call runs, with the module it is defined in. */
export interface CalledFunction {
  readonly fn: FunctionNode;
  readonly module: ModuleContext;
}

// Past this many `return` statements a function is a dispatcher, not a getter: not followed.
const MAX_RETURNS = 8;
const cache = new WeakMap<TSESTree.Node, Map<ModuleContext, readonly ReturnedValue[] | undefined>>();

/**
 * The function a call runs when its callee is a function of the project: declared or assigned
 * in this file, or imported from a project file (a static method or a member of a constant
 * object included). Undefined for anything else: a library's function, a parameter, a method of
 * an instance. Async functions and generators return something else than their `return`s.
 */
export function findCalledFunction(call: TSESTree.CallExpression, module: ModuleContext, depth: number): CalledFunction | undefined {
  const found = findValue(call.callee, module, depth + 1);
  if (!found || 'namespace' in found) return undefined;
  const fn = unwrapExpression(found.node);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionDeclaration' && fn.type !== 'FunctionExpression') return undefined;
  if (fn.async || fn.generator) return undefined;
  return { fn, module: found.module };
}

/**
 * What a call of a project function may return: every `return` argument (or the expression
 * body of an arrow), each read in the function's module with its parameters standing for the
 * call's arguments (`prefixed('sid')` with `const prefixed = (x) => \`__Host-${x}\``).
 * Undefined when the callee is not such a function.
 */
export function getReturnedValues(call: TSESTree.CallExpression, module: ModuleContext, depth: number): readonly ReturnedValue[] | undefined {
  let byModule = cache.get(call);
  if (!byModule) cache.set(call, (byModule = new Map()));
  if (byModule.has(module)) return byModule.get(module);
  const called = findCalledFunction(call, module, depth);
  const returned = called && readReturnedValues(call, module, called);
  byModule.set(module, returned);
  return returned;
}

function readReturnedValues(call: TSESTree.CallExpression, caller: ModuleContext, { fn, module }: CalledFunction): readonly ReturnedValue[] | undefined {
  const spread = call.arguments.findIndex((argument) => argument.type === 'SpreadElement');
  const bound = bindArguments(withOwnParameters(module, fn), fn, (index) => {
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

// A module read from disk binds only its top-level names: inside one of its functions, a name
// it does not bind that is a parameter of the function is that parameter.
function withOwnParameters(module: ModuleContext, fn: FunctionNode): ModuleContext {
  return {
    file: module.file,
    lookup(identifier) {
      const binding = module.lookup(identifier);
      if (binding.kind !== 'global' || identifier.range[0] < fn.range[0] || identifier.range[1] > fn.range[1]) return binding;
      return findParameter(fn, identifier.name, module) ?? binding;
    },
  };
}

function findParameter(fn: FunctionNode, name: string, module: ModuleContext): Binding | undefined {
  for (const [index, param] of fn.params.entries()) {
    const declared = findDeclaredName(param, name);
    const located = declared && getPatternPath(param, declared);
    if (located) return { kind: 'param', fn, index, path: located.path, annotation: located.annotation, fallback: located.fallback, module };
  }
  return undefined;
}

function findDeclaredName(pattern: TSESTree.Node, name: string): TSESTree.Identifier | undefined {
  let found: TSESTree.Identifier | undefined;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (node.type === 'Identifier') {
      if (node.name === name) found = node;
      return;
    }
    // Only the names a pattern binds: not its default values, type annotations or computed keys.
    if (node.type === 'AssignmentPattern') return visit(node.left);
    if (node.type === 'Property') return visit(node.value);
    if (node.type === 'TSParameterProperty') return visit(node.parameter);
    if (node.type === 'ObjectPattern' || node.type === 'ArrayPattern' || node.type === 'RestElement') forEachChild(node, visit);
  };
  visit(pattern);
  return found;
}
