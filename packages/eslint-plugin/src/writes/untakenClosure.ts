import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, getMemberName, getStaticKey, unwrapExpression } from '../names/bindings.js';
import { forEachChild, isFunctionOrClass } from '../names/returnedValues.js';

/**
 * Whether a write inside `fn` can only run through a function `fn` returns that this call does
 * not take: `const { shouldShowColumn } = useColumns(config)` never gets the `toggleColumn` whose
 * body writes (koel's table headers and rows read, its menus write). The write's closure must be
 * a `const` of `fn`'s body (or a method of the returned object) that `fn` only hands out in the
 * object it returns, and the call's result must be destructured without it (and without a rest).
 */
export function isOnlyInUntakenClosure(site: TSESTree.Node, fn: FunctionNode, call: TSESTree.Node): boolean {
  const taken = getDestructuredKeys(call);
  if (!taken) return false;
  const closure = findClosureOf(site, fn);
  if (!closure) return false;
  const returned = getReturnedObjects(fn);
  if (returned.length === 0) return false;
  const keys = closure.kind === 'property' ? [closure.key] : findKeysHandingOut(returned, closure.name);
  if (keys === undefined || keys.length === 0) return false;
  // Called or passed anywhere else in the function (a watcher, another returned method), it may run without the caller.
  if (closure.kind === 'const' && countReferences(fn, closure.name) > keys.length) return false;
  return keys.every((key) => !taken.has(key));
}

type Closure = { readonly kind: 'const'; readonly name: string } | { readonly kind: 'property'; readonly key: string };

/** The outermost function between the site and `fn`, as `fn` names it. */
function findClosureOf(site: TSESTree.Node, fn: FunctionNode): Closure | undefined {
  let closure: TSESTree.Node | undefined;
  for (let current: TSESTree.Node | undefined = site; current && current !== fn; current = current.parent) {
    if (isFunctionOrClass(current)) closure = current;
    if (!current.parent) return undefined;
  }
  let holder = closure?.parent;
  // `const setValue = useCallback((value) => {...}, [key])`: React hands back the function it is given.
  if (holder?.type === 'CallExpression' && holder.arguments[0] === closure && isUseCallbackCallee(holder.callee)) holder = holder.parent;
  if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier' && holder.parent.kind === 'const' && holder.parent.parent === fn.body) {
    return { kind: 'const', name: holder.id.name };
  }
  if (holder?.type === 'Property' && holder.value === closure && holder.parent.type === 'ObjectExpression' && (holder.parent.parent?.type === 'ReturnStatement' || holder.parent.parent === fn)) {
    const key = getStaticKey(holder.key, holder.computed);
    return key === undefined ? undefined : { kind: 'property', key };
  }
  return undefined;
}

/** The keys of the call's result a destructuring takes, or undefined when it takes the whole (or a rest). */
function getDestructuredKeys(call: TSESTree.Node): Set<string> | undefined {
  let node = call;
  if (node.parent?.type === 'AwaitExpression') node = node.parent;
  const declarator = node.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== node || declarator.id.type !== 'ObjectPattern') return undefined;
  const keys = new Set<string>();
  for (const property of declarator.id.properties) {
    if (property.type !== 'Property') return undefined;
    const key = getStaticKey(property.key, property.computed);
    if (key === undefined) return undefined;
    keys.add(key);
  }
  return keys;
}

/** The object literals `fn` returns (its `return { ... }` statements of its own body, or an arrow's object body). */
function getReturnedObjects(fn: FunctionNode): TSESTree.ObjectExpression[] {
  if (fn.body.type === 'ObjectExpression') return [fn.body];
  if (fn.body.type !== 'BlockStatement') return [];
  const objects: TSESTree.ObjectExpression[] = [];
  for (const statement of fn.body.body) {
    if (statement.type !== 'ReturnStatement') continue;
    // `return { storedValue, setValue } as const`
    const argument = statement.argument && unwrapExpression(statement.argument);
    if (argument?.type !== 'ObjectExpression') return [];
    objects.push(argument);
  }
  return objects;
}

/** The keys under which the returned objects hand out the const `name`; undefined when one hands it out otherwise (a spread). */
function findKeysHandingOut(objects: readonly TSESTree.ObjectExpression[], name: string): string[] | undefined {
  const keys: string[] = [];
  for (const object of objects) {
    for (const property of object.properties) {
      if (property.type !== 'Property') return undefined;
      if (property.value.type !== 'Identifier' || property.value.name !== name) continue;
      const key = getStaticKey(property.key, property.computed);
      if (key === undefined) return undefined;
      keys.push(key);
    }
  }
  return keys;
}

/** How often `name` is read in `fn`'s body (its declaration left out). */
function countReferences(fn: FunctionNode, name: string): number {
  let count = 0;
  const visit = (node: TSESTree.Node): void => {
    if (node.type === 'Identifier' && node.name === name) {
      const parent = node.parent;
      const isDeclaration = parent?.type === 'VariableDeclarator' && parent.id === node;
      const isKey = parent?.type === 'Property' && parent.key === node && parent.value !== node;
      const isMember = parent?.type === 'MemberExpression' && parent.property === node && !parent.computed;
      if (!isDeclaration && !isKey && !isMember) count += 1;
    }
    forEachChild(node, visit);
  };
  visit(fn.body);
  return count;
}

// `useCallback(...)` or `React.useCallback(...)`: read by name, as the closure's file may not be the one linted.
function isUseCallbackCallee(callee: TSESTree.Node): boolean {
  if (callee.type === 'Identifier') return callee.name === 'useCallback';
  return callee.type === 'MemberExpression' && getMemberName(callee) === 'useCallback';
}
