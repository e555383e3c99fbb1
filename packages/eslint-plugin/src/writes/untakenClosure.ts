import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, getMemberName, getStaticKey, unwrapExpression } from '../names/bindings.js';
import { forEachChild, isFunctionOrClass } from '../names/returnedValues.js';

/**
 * Whether a write inside `fn` can only run through a function `fn` returns that this call does
 * not take: `const { shouldShowColumn } = useColumns(config)` never gets the `toggleColumn` whose
 * body writes (koel's table headers and rows read, its menus write). The write's closure must be
 * a `const` of `fn`'s body (or a method of the returned object) that `fn` only hands out in the
 * object it returns, and `taken`, the keys the caller takes of the result (its destructuring, without a
 * rest), must leave it out.
 */
export function isOnlyInUntakenClosure(site: TSESTree.Node, fn: FunctionNode, taken: ReadonlySet<string> | undefined): boolean {
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
  // `const setValue = useCallback((value) => {...}, [key])`: the hook hands back the function it is given.
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

/** Whether `fn` returns the call `site` as it is (`return useStorage(storage, key)`, an arrow's body). */
export function isReturnedAsIs(site: TSESTree.Node, fn: FunctionNode): boolean {
  const parent = site.parent;
  return (parent?.type === 'ReturnStatement' && getOwningFunction(parent) === fn) || (parent === fn && fn.body === site);
}

function getOwningFunction(node: TSESTree.Node): TSESTree.Node | undefined {
  let current = node.parent;
  while (current && !isFunctionOrClass(current)) current = current.parent;
  return current;
}

/**
 * The keys of the call's result a destructuring takes (an array's by index: `const [isFirstRun] =
 * useLocalStorage(...)` takes `0`), or undefined when it takes the whole (or a rest).
 */
export function getDestructuredKeys(call: TSESTree.Node): Set<string> | undefined {
  let node = call;
  if (node.parent?.type === 'AwaitExpression') node = node.parent;
  const declarator = node.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== node) return undefined;
  if (declarator.id.type === 'ArrayPattern') {
    if (declarator.id.elements.some((element) => element?.type === 'RestElement')) return undefined;
    return new Set(declarator.id.elements.flatMap((element, index) => (element ? [String(index)] : [])));
  }
  if (declarator.id.type !== 'ObjectPattern') return undefined;
  const keys = new Set<string>();
  for (const property of declarator.id.properties) {
    if (property.type !== 'Property') return undefined;
    const key = getStaticKey(property.key, property.computed);
    if (key === undefined) return undefined;
    keys.add(key);
  }
  return keys;
}

type Returned = TSESTree.ObjectExpression | TSESTree.ArrayExpression;

/** The object or array literals `fn` returns (its `return { ... }` / `return [value, setValue]` statements of its own body, or an arrow's body). */
function getReturnedObjects(fn: FunctionNode): Returned[] {
  if (fn.body.type === 'ObjectExpression' || fn.body.type === 'ArrayExpression') return [fn.body];
  if (fn.body.type !== 'BlockStatement') return [];
  const objects: Returned[] = [];
  for (const statement of fn.body.body) {
    if (statement.type !== 'ReturnStatement') continue;
    // `return { storedValue, setValue } as const`
    const argument = statement.argument && unwrapExpression(statement.argument);
    if (argument?.type !== 'ObjectExpression' && argument?.type !== 'ArrayExpression') return [];
    objects.push(argument);
  }
  return objects;
}

/** The keys under which the returned literals hand out the const `name` (an array's by index); undefined when one hands it out otherwise (a spread). */
function findKeysHandingOut(objects: readonly Returned[], name: string): string[] | undefined {
  const keys: string[] = [];
  for (const object of objects) {
    if (object.type === 'ArrayExpression') {
      for (const [index, element] of object.elements.entries()) {
        if (element?.type === 'SpreadElement') return undefined;
        if (element?.type === 'Identifier' && element.name === name) keys.push(String(index));
      }
      continue;
    }
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

// Hooks that hand back a function calling the one they are given: React's `useCallback`, and
// `useEventCallback`, `useMemoizedFn`, `usePersistFn`, `useCallbackRef` (usehooks-ts, ahooks, Radix).
// Read by name, as the closure's file may not be the one linted.
const CALLBACK_HOOK = /^use(?:\w*Callback|\w*Fn|CallbackRef)$/;

function isUseCallbackCallee(callee: TSESTree.Node): boolean {
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getMemberName(callee) : undefined;
  return name !== undefined && CALLBACK_HOOK.test(name);
}
