import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, type ModuleContext, getStaticKey } from '../names/bindings.js';
import type { SinkIndex } from './sinkIndex.js';
import { isReactUseCallback } from '../names/reactUseCallback.js';
import { isMentionedElsewhere } from '../names/projectReferences.js';
import { forEachChild } from '../names/returnedValues.js';
import { findCalledFunction } from '../names/findCalledFunction.js';
import { mayHoldWrapper } from './mayImportWrapper.js';
import { type WriteSite, summarizeWrapper } from './summarizeWrapper.js';
import { findInitializers } from '../names/classConstructions.js';

/**
 * Whether a write site inside a named function takes its name from that function's parameter:
 * then its callers are checked (with the names they pass) and the site itself is not an
 * unresolved write. Inline callbacks (`keys.forEach((k) => localStorage.setItem(k, 1))`) have no
 * callers to check, so their writes stay.
 */
export function isWrittenForCallers(site: WriteSite, module: ModuleContext, index: SinkIndex): boolean {
  for (let current: TSESTree.Node | undefined = site.parent; current; current = current.parent) {
    // A method writing what the constructor was given (`this.options.key`): `new` is its caller;
    // or what a method kept (`setup(id) { this.id = id }`): that method's calls are.
    if (current.type === 'ClassBody' && findInitializers(current).some((fn) => summarizeWrapper({ fn, module }, index)?.sites.get(site)?.namedByParameter)) return true;
    if (!isFunction(current) || !(isCallableByName(current, module) || isCalledBack(current, module, index))) continue;
    // A helper nothing in the project calls where the rules can see it (an unused export, a
    // function handed around as a value) would leave its write unreported: it is checked here.
    if (summarizeWrapper({ fn: current, module }, index)?.sites.get(site)?.namedByParameter) return hasVisibleCallers(current, module);
  }
  return false;
}

/** A function passed to a project function that calls it with a name it was given (`atomWithStorage(key, read, (k, v) => save(k, v))`). */
function isCalledBack(fn: FunctionNode, module: ModuleContext, index: SinkIndex): boolean {
  const call = fn.parent;
  if (call?.type !== 'CallExpression') return false;
  const position = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
  if (position < 0 || call.arguments.slice(0, position).some((argument) => argument.type === 'SpreadElement')) return false;
  const called = findCalledFunction(call, module, (file) => mayHoldWrapper(file, index.trigger));
  return called !== undefined && (summarizeWrapper(called, index)?.callbacks.has(position) ?? false);
}

/** Whether the project's code names the function anywhere but where it is declared (its callers, or code handing it on). */
function hasVisibleCallers(fn: FunctionNode, module: ModuleContext): boolean {
  // A function in an object literal handed to a call (`defineHandler({ path, handler: ({ params }) => ... })`,
  // `defineComponent({ setup(props) {...} })`) is called by whatever receives the object, with
  // values no code of the project shows: its name says nothing about its callers.
  if (isInHandedObject(fn) || isComputedMember(fn)) return false;
  const name = getFunctionName(fn);
  if (!name) return true;
  let known = callersSeen.get(fn);
  if (known === undefined) callersSeen.set(fn, (known = isNamedInOwnFile(name) || (!isInComponentData(fn) && isMentionedElsewhere(name.name, module.file))));
  return known;
}

// A function in the state a Vue Options API component's `data()` returns (`options: { onColumnSwitch: (field) => ... }`):
// each instance makes its own, which only the component itself (its template, `this.options`) names.
function isInComponentData(fn: FunctionNode): boolean {
  for (let current: TSESTree.Node | undefined = fn.parent; current; current = current.parent) {
    if (!isFunction(current)) continue;
    const holder: TSESTree.Node | undefined = current.parent;
    if ((holder?.type !== 'Property' && holder?.type !== 'MethodDefinition') || holder.value !== current || getStaticKey(holder.key, holder.computed) !== 'data') continue;
    const options = holder.parent;
    const owner = options?.parent;
    return options?.type === 'ObjectExpression' && (owner?.type === 'ExportDefaultDeclaration' || (owner?.type === 'CallExpression' && owner.arguments[0] === options));
  }
  return false;
}

const callersSeen = new WeakMap<FunctionNode, boolean>();

const STORAGE_METHODS = new Set(['setItem', 'getItem', 'removeItem']);

// `[SET_THEME](state, theme) { ... }`: a Vuex mutation or action, called through `commit(SET_THEME)`, which the rules do not follow.
function isComputedMember(fn: FunctionNode): boolean {
  const holder = fn.parent;
  return (holder?.type === 'Property' || holder?.type === 'MethodDefinition') && holder.value === fn && holder.computed && getStaticKey(holder.key, true) === undefined;
}

function isInHandedObject(fn: FunctionNode): boolean {
  const property = fn.parent;
  if (property?.type !== 'Property' || property.value !== fn) return false;
  // `{ getItem, setItem, removeItem }` handed to a helper is a storage it writes through with its own names (karakeep's useSearchHistory).
  if (STORAGE_METHODS.has(getStaticKey(property.key, property.computed) ?? '')) return false;
  const object = property.parent;
  const call = object?.parent;
  return object?.type === 'ObjectExpression' && (call?.type === 'CallExpression' || call?.type === 'NewExpression') && call.arguments.includes(object as TSESTree.CallExpressionArgument);
}

// The identifier callers use; undefined when callers may use any name (a default export, a private method, a computed key).
function getFunctionName(fn: FunctionNode): TSESTree.Identifier | undefined {
  if (fn.type === 'FunctionDeclaration') return fn.parent?.type === 'ExportDefaultDeclaration' ? undefined : (fn.id ?? undefined);
  const parent = fn.parent;
  const holder = parent?.type === 'CallExpression' ? parent.parent : parent;
  switch (holder?.type) {
    case 'VariableDeclarator':
      return holder.id.type === 'Identifier' ? holder.id : undefined;
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
      return holder.key.type === 'Identifier' && !holder.computed ? holder.key : undefined;
    case 'AssignmentExpression': {
      const target = holder.left.type === 'MemberExpression' ? holder.left.property : holder.left;
      return target.type === 'Identifier' ? target : undefined;
    }
    default:
      return undefined;
  }
}

// Whether the file itself uses the name again (a call, a reference, `this.name`, a JSX element), besides declaring it.
function isNamedInOwnFile(declared: TSESTree.Identifier): boolean {
  let root: TSESTree.Node = declared;
  while (root.parent) root = root.parent;
  let found = false;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if ((node.type === 'Identifier' || node.type === 'JSXIdentifier') && node !== declared && node.name === declared.name && !isModuleListName(node)) {
      found = true;
      return;
    }
    forEachChild(node, visit);
  };
  visit(root);
  return found;
}

// `export { save }`: a list entry, not a use.
function isModuleListName(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent?.type === 'ExportSpecifier' || parent?.type === 'ImportSpecifier';
}

function isFunction(node: TSESTree.Node): node is FunctionNode {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

/**
 * Declarations, and functions bound to a variable, property, method, class member, assignment or
 * default export. A component (a function named in PascalCase) is not: it is used as `<TagTree
 * scope={s} />`, which is no call, so a name made from its props is reported where it is written.
 */
function isCallableByName(fn: FunctionNode, module: ModuleContext): boolean {
  if (fn.type === 'FunctionDeclaration') return !isComponentName(fn.id?.name);
  const parent = fn.parent;
  switch (parent?.type) {
    case 'VariableDeclarator':
      return parent.init === fn && !(parent.id.type === 'Identifier' && isComponentName(parent.id.name));
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
      return parent.value === fn;
    case 'AssignmentExpression':
      return parent.right === fn;
    // `const set = useCallback((key, v) => ..., [])`: called by the name the hook's result is given.
    case 'CallExpression':
      return parent.arguments[0] === fn && parent.parent?.type === 'VariableDeclarator' && isReactUseCallback(parent.callee, module);
    case 'ExportDefaultDeclaration':
      return true;
    default:
      return false;
  }
}

// PascalCase, a leading acronym included (`PHProvider`, `QRCode`); not CONSTANT_CASE or one letter.
function isComponentName(name: string | undefined): boolean {
  return name !== undefined && /^[A-Z]/.test(name) && /[a-z]/.test(name);
}
