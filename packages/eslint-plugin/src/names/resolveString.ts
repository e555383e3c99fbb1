import type { TSESTree } from '@typescript-eslint/utils';
import { findPlaceholder, getPlaceholderProperty } from '../writes/parameterPlaceholder.js';
import { readArrayJoin } from './arrayJoin.js';
import { callsStringMethod, resolveStringMethod } from './stringMethod.js';
import { type Binding, type ModuleContext, type PathStep, getMemberName, getStaticKey, unwrapExpression } from './bindings.js';
import { type ForeignModule, readForeignModule } from './foreignModule.js';
import { getRequiredModule } from '../writes/matchValue.js';
import { resolveModuleFile } from './resolveModuleFile.js';
import { getReturnedValues, isFunctionOrClass } from './returnedValues.js';
import { findThisMember } from './thisMembers.js';
import { getGlobalPath } from './globalPath.js';
import { isAbsolute } from 'node:path';
import { type StringShape, type StringShapes, UNKNOWN, UNKNOWN_SHAPES, concatShapes, unionShapes } from './stringShape.js';

const MAX_DEPTH = 24;
const DECLARATION_MODULE = '@cookie-ledger/core';

/** Reads the string-literal type of a node (type-aware resolution), or undefined. */
export type TypeReader = (node: TSESTree.Node) => StringShapes | undefined;

/** A value found by following the source: a node in some module, or a whole module's namespace. */
export type Found = { readonly node: TSESTree.Node; readonly module: ModuleContext } | { readonly namespace: ForeignModule } | undefined;

/**
 * The strings an expression may evaluate to, from literals, templates, concatenations,
 * conditionals, constants of this file or of imported files (through re-exports), members of
 * constant objects and arrays, static fields of classes, string enums, cookie declarations
 * (`session.name`) and what project functions return for the call's arguments. With
 * `readType`, a part that stays unknown is read from its string-literal type.
 */
export function resolveString(node: TSESTree.Node, module: ModuleContext, readType?: TypeReader, depth = 0): StringShapes {
  const shapes = resolveSyntax(node, module, readType, depth);
  if (!readType || !shapes.some((shape) => shape.includes(null))) return shapes;
  return readType(node) ?? shapes;
}

function resolveSyntax(raw: TSESTree.Node, module: ModuleContext, readType: TypeReader | undefined, depth: number): StringShapes {
  if (depth > MAX_DEPTH) return UNKNOWN_SHAPES;
  const node = unwrapExpression(raw);
  const next = (child: TSESTree.Node, owner = module): StringShapes => resolveString(child, owner, owner === module ? readType : undefined, depth + 1);
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' ? [[String(node.value)]] : UNKNOWN_SHAPES;
    case 'TemplateLiteral': {
      const pieces: StringShapes[] = [];
      node.quasis.forEach((quasi, index) => {
        pieces.push([[quasi.value.cooked ?? quasi.value.raw]]);
        const expression = node.expressions[index];
        if (expression) pieces.push(next(expression));
      });
      return concatShapes(pieces);
    }
    case 'BinaryExpression':
      return node.operator === '+' ? concatShapes([next(node.left), next(node.right)]) : UNKNOWN_SHAPES;
    case 'ConditionalExpression': {
      // `key ? key : 'clipboard'` is `key || 'clipboard'`: a key with known text is taken.
      const consequent = next(node.consequent);
      if (isSameReference(node.test, node.consequent) && consequent.every((shape) => shape.some((part) => part !== UNKNOWN && part !== ''))) return consequent;
      return unionShapes(consequent, next(node.alternate));
    }
    case 'LogicalExpression': {
      if (node.operator === '&&') return next(node.right);
      // `id ?? ''`, `name || 'default'`: a left side with known text in every alternative is a
      // non-empty string, never nullish nor falsy, so the right side is never taken.
      const left = next(node.left);
      return left.every((shape) => shape.some((part) => part !== UNKNOWN && part !== '')) ? left : unionShapes(left, next(node.right));
    }
    case 'CallExpression': {
      // String(x)
      if (node.callee.type === 'Identifier' && node.callee.name === 'String' && node.arguments[0] && module.lookup(node.callee).kind === 'global') {
        return next(node.arguments[0]);
      }
      const untracked = getUntrackedValue(node, module);
      if (untracked) return next(untracked);
      return carryParameter(node, resolveJoin(node, next) ?? resolveStringMethod(node, next) ?? resolveReturned(node, module, depth), next);
    }
    case 'Identifier': {
      const reassigned = readReassignedNames(node, module, next);
      if (reassigned) return reassigned;
      const binding = module.lookup(node);
      if (binding.kind === 'objectKey') return readObjectKeys(binding, depth);
    }
    // falls through
    case 'MemberExpression': {
      const found = findValue(node, module, depth + 1);
      if (!found) return node.type === 'MemberExpression' ? carryFromCallResult(node, next) : UNKNOWN_SHAPES;
      if ('namespace' in found) return UNKNOWN_SHAPES;
      if (found.node.type === 'Identifier' && found.node === node) return UNKNOWN_SHAPES;
      // An empty string kept in a variable or property names nothing: it is a placeholder the
      // program fills at run time (`{ databaseName: '' }`, later assigned).
      if (found.node.type === 'Literal' && found.node.value === '') return UNKNOWN_SHAPES;
      return next(found.node, found.module);
    }
    default:
      return UNKNOWN_SHAPES;
  }
}

/**
 * A value the rule cannot compute from a wrapper's parameter (`simpleHash(endpoint)`) still comes
 * from that parameter: while the wrapper is summarised it keeps the parameter's placeholder (then
 * an unknown run), so the name is its callers' to give, as `endpoint` itself would be.
 */
function carryParameter(node: TSESTree.CallExpression, shapes: StringShapes, next: (child: TSESTree.Node) => StringShapes): StringShapes {
  if (!shapes.every((shape) => shape.every((part) => part === UNKNOWN))) return shapes;
  // The receiver of a string method too: `url.split('/')` is made from `url` (not `config.get('name')`,
  // which reads a name the parameter's object holds).
  const receiver = node.callee.type === 'MemberExpression' && callsStringMethod(node) ? [node.callee.object] : [];
  for (const argument of [...receiver, ...node.arguments]) {
    if (argument.type === 'SpreadElement') continue;
    const carried = findPlaceholder(next(argument));
    if (carried !== undefined) return [[carried, UNKNOWN]];
  }
  return shapes;
}

/** A part of what a call returns (`url.split('/')[2]`) comes from the parameter the call's value comes from, as the call does. */
function carryFromCallResult(node: TSESTree.MemberExpression, next: (child: TSESTree.Node) => StringShapes): StringShapes {
  const object = unwrapExpression(node.object);
  if (object.type !== 'CallExpression') return UNKNOWN_SHAPES;
  const carried = findPlaceholder(next(object));
  return carried === undefined ? UNKNOWN_SHAPES : [[carried, UNKNOWN]];
}

// The variables whose values are being read: a value made from the variable itself
// (`name = userId + '-' + name`) reads what it held before, not its values again.
// Keyed by the first assignment: every reference makes its own binding and list.
const reassignedInProgress = new Set<TSESTree.Node>();

/**
 * The keys a loop over an object may be at: each static key of the object literal it loops over
 * (one name each), or, over a parameter of a function being summarised, that parameter's
 * placeholder (the name is its callers' to give, key by key); else unknown.
 */
function readObjectKeys(binding: Extract<Binding, { kind: 'objectKey' }>, depth: number): StringShapes {
  const found = findValue(binding.object, binding.module, depth + 1);
  if (!found || 'namespace' in found) return UNKNOWN_SHAPES;
  const object = unwrapExpression(found.node);
  if (object.type === 'Literal' && typeof object.value === 'string' && findPlaceholder([[object.value]]) !== undefined) return [[object.value]];
  const keys = object.type === 'ObjectExpression' ? getStaticKeys(object) : undefined;
  return keys && keys.length > 0 ? keys.map((key) => [key]) : UNKNOWN_SHAPES;
}

/** The keys of an object literal, when every one of them is static (no spread, no computed key). */
export function getStaticKeys(object: TSESTree.ObjectExpression): string[] | undefined {
  const keys: string[] = [];
  for (const property of object.properties) {
    const key = property.type === 'Property' ? getStaticKey(property.key, property.computed) : undefined;
    if (key === undefined) return undefined;
    keys.push(key);
  }
  return keys;
}

/**
 * A parameter reassigned in its function (`if (userId) name = userId + '-' + name`) holds its
 * argument or one of the values it is given. Undefined for any other identifier.
 */
function readReassignedNames(node: TSESTree.Identifier, module: ModuleContext, next: (child: TSESTree.Node) => StringShapes): StringShapes | undefined {
  const binding = module.lookup(node);
  const values = binding.kind === 'param' || binding.kind === 'value' ? binding.reassigned : undefined;
  const key = values?.[0] && (values[0].parent ?? values[0]);
  if (!values || !key || reassignedInProgress.has(key)) return undefined;
  reassignedInProgress.add(key);
  try {
    // `key += year` as a statement of the function's own body before this read: what it held before is gone.
    const last = values.findLast((value) => isStatementBefore(value, node));
    const live = last ? values.filter((value) => value === last || (value.range[0] > last.range[1] && value.range[1] < node.range[0])) : values;
    const held = last ? [] : [resolveHeld(node, module, next)];
    return unionShapes(...held, ...live.filter((value) => !isUnderLeftOutTest(value, module)).map((value) => next(value)));
  } finally {
    reassignedInProgress.delete(key);
  }
}

/**
 * The value a parameter or variable holds at `read` when its function gives it a new one in a
 * statement of its own body before (`options = { storageKey: 'hanko', ...options }`, hanko's
 * `register`) and not again on the way: that value, read in the function's context. Its own
 * right side reads what the parameter held before (the argument), as it sits in that statement.
 */
function getLastGivenValue(binding: Binding, read: TSESTree.Identifier): TSESTree.Expression | undefined {
  const values = binding.kind === 'param' || binding.kind === 'value' ? binding.reassigned : undefined;
  const last = values?.findLast((value) => isStatementBefore(value, read));
  if (!values || !last) return undefined;
  return values.some((value) => value !== last && value.range[0] > last.range[1] && value.range[1] < read.range[0]) ? undefined : last;
}

// An assignment that is a statement of a function body itself (not under an `if` or a loop), before `read`.
function isStatementBefore(value: TSESTree.Node, read: TSESTree.Node): boolean {
  const assignment = value.parent;
  const statement = assignment?.parent;
  return assignment?.type === 'AssignmentExpression' && statement?.type === 'ExpressionStatement' && statement.parent?.type === 'BlockStatement' && isFunctionOrClass(statement.parent.parent ?? statement) && statement.range[1] <= read.range[0];
}

// `if (userId) name = userId + '-' + name` in a call that leaves `userId` out: never taken.
function isUnderLeftOutTest(value: TSESTree.Node, module: ModuleContext): boolean {
  for (let current = value.parent; current && !isFunctionOrClass(current); current = current.parent) {
    const statement = current.parent;
    if (statement?.type !== 'IfStatement' || statement.consequent !== current) continue;
    const test = unwrapExpression(statement.test);
    if (test.type === 'Identifier' && isLeftOutParameter(test, module, 0)) return true;
  }
  return false;
}

/** Whether an identifier is a parameter the call leaves out (without a default), directly or handed on from the caller's own left-out parameter. */
export function isLeftOutParameter(identifier: TSESTree.Identifier, module: ModuleContext, depth: number): boolean {
  const binding = module.lookup(identifier);
  if (binding.kind === 'param') return binding.leftOut === true && !binding.fallback;
  if (binding.kind !== 'value' || binding.path.length > 0 || depth > 4) return false;
  const init = unwrapExpression(binding.init);
  return init.type === 'Identifier' && isLeftOutParameter(init, binding.module, depth + 1);
}

// What a reassigned parameter holds before it is given another value: its argument or placeholder.
function resolveHeld(node: TSESTree.Identifier, module: ModuleContext, next: (child: TSESTree.Node, owner?: ModuleContext) => StringShapes): StringShapes {
  const found = findValue(node, module, 1);
  if (!found || 'namespace' in found || (found.node.type === 'Identifier' && found.node === node)) return UNKNOWN_SHAPES;
  return next(found.node, found.module);
}

/** Whether two expressions read the same variable or member chain (`key`, `this.options.key`). */
function isSameReference(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = unwrapExpression(a);
  const right = unwrapExpression(b);
  if (left.type === 'Identifier' && right.type === 'Identifier') return left.name === right.name;
  if (left.type === 'ThisExpression' && right.type === 'ThisExpression') return true;
  if (left.type !== 'MemberExpression' || right.type !== 'MemberExpression' || left.computed || right.computed) return false;
  return getMemberName(left) === getMemberName(right) && isSameReference(left.object, right.object);
}

/** `[a, b].join(separator)`: the elements with the separator between them. */
function resolveJoin(node: TSESTree.CallExpression, next: (child: TSESTree.Node) => StringShapes): StringShapes | undefined {
  const join = readArrayJoin(node);
  if (!join) return undefined;
  const separator = join.separator ? next(join.separator) : [[',']];
  if (!join.dropsFalsy) return concatShapes(join.elements.flatMap((element, index) => (index === 0 ? [next(element)] : [separator, next(element)])));
  // An element that may be empty (or is wholly unknown) may drop out with one separator: it is
  // read as an unknown run that takes that separator in (`['oc-options', prefix, 'sort-by']` joined
  // by `_` is `oc-options_…sort-by`), so one pattern covers the names with and without it.
  const shapes = join.elements.map((element) => next(element));
  const droppable = shapes.map((alternatives) => alternatives.some((shape) => isEmptyShape(shape) || shape.every((part) => part === UNKNOWN)));
  const pieces: StringShapes[] = [];
  let separated = false;
  shapes.forEach((alternatives, index) => {
    if (droppable[index]) {
      const certainLater = droppable.slice(index + 1).some((drops) => !drops);
      if (certainLater && separated) pieces.push(separator);
      pieces.push(UNKNOWN_SHAPES);
      if (certainLater) separated = false;
      return;
    }
    if (separated) pieces.push(separator);
    pieces.push(alternatives);
    separated = true;
  });
  return concatShapes(pieces);
}

function isEmptyShape(shape: StringShape): boolean {
  return shape.every((part) => part === '');
}

// Following a call into a function costs this much depth, so that calls nest a few levels only
// (a function that branches and calls itself would otherwise multiply its work at each level).
const CALL_DEPTH = 4;

/** The strings a call of a project function returns: the union of its `return`s, bound to the call's arguments. */
function resolveReturned(node: TSESTree.CallExpression, module: ModuleContext, depth: number): StringShapes {
  const returned = getReturnedValues(node, module, depth + 1);
  if (!returned) return UNKNOWN_SHAPES;
  return unionShapes(...returned.map((value) => resolveString(value.node, value.module, undefined, depth + CALL_DEPTH)));
}

/** Follows an identifier or member chain to the expression that defines it. */
export function findValue(raw: TSESTree.Node, module: ModuleContext, depth: number): Found {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(raw);
  if (node.type === 'Identifier') {
    const binding = module.lookup(node);
    const given = getLastGivenValue(binding, node);
    return given ? { node: given, module } : findBindingValue(binding, [], depth + 1);
  }
  // `this.options` in a class: the one value the class gives it (`this.options = options` in its constructor).
  if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression') {
    const given = module.lookupThis?.(node);
    if (given) return given;
    const values = findThisMember(node)?.values ?? [];
    const [value] = values;
    // A member given a value made from itself (`this.cache = wrap(this.cache)`) would be followed forever: calls restart the depth.
    if (values.length !== 1 || !value || followedMembers.has(value)) return undefined;
    followedMembers.add(value);
    try {
      return findValue(value, module, depth + 1);
    } finally {
      followedMembers.delete(value);
    }
  }
  if (node.type === 'MemberExpression') {
    const defined = module.lookupGlobalPath && findScriptGlobalMember(node, module);
    if (defined) return defined.rest.reduce<Found>((found, property) => getPart(found, { property }, depth + 1), findBindingValue(defined.binding, [], depth + 1));
    const key = getMemberName(node) ?? getComputedKey(node, module, depth);
    if (key === undefined) return undefined;
    return getPart(findObject(node.object, module, depth + 1), { property: key }, depth + 1);
  }
  return { node, module };
}

/**
 * In a classic script, a member chain rooted in the page's globals (`window.App.Prefs.Store`,
 * `App.Prefs.Store`) whose start another script of the folder defines (`window.App.Prefs ??= ...`).
 */
export function findScriptGlobalMember(node: TSESTree.Node, module: ModuleContext): ReturnType<NonNullable<ModuleContext['lookupGlobalPath']>> {
  const path = getGlobalPath(node);
  if (!path || path.length === 0 || !module.lookupGlobalPath) return undefined;
  let root: TSESTree.Node = node;
  while (root.type === 'MemberExpression') root = root.object;
  const binding = module.lookup(root as TSESTree.Identifier);
  // A bare `App` is bound to the script defining `App` itself: its longer paths are looked up first.
  if (binding.kind !== 'global' && !(binding.kind === 'import' && isAbsolute(binding.source) && path.length > 1)) return undefined;
  return module.lookupGlobalPath(path);
}

const followedMembers = new Set<TSESTree.Node>();
const followedCalls = new Set<TSESTree.Node>();

/** The value of property `property` of the object an expression stands for (`cache.local` and `set`: `cache.local.set`). */
export function findMemberValue(object: TSESTree.Node, property: string, module: ModuleContext, depth: number): Found {
  return getPart(findObject(object, module, depth + 1), { property }, depth + 1);
}

function getComputedKey(node: TSESTree.MemberExpression, module: ModuleContext, depth: number): string | undefined {
  if (!node.computed) return undefined;
  const shapes = resolveSyntax(node.property, module, undefined, depth + 1);
  const [only] = shapes;
  return shapes.length === 1 && only?.length === 1 && typeof only[0] === 'string' ? only[0] : undefined;
}

/** The object (or array, enum, namespace) an expression stands for, unwrapping `Object.freeze(...)` and `defineCookie(...)`. */
function findObject(raw: TSESTree.Node, module: ModuleContext, depth: number): Found {
  const found = findValue(raw, module, depth + 1);
  if (!found || 'namespace' in found) return found;
  const node = unwrapExpression(found.node);
  if (node.type === 'CallExpression' && node.arguments[0] && isTransparentCall(node, found.module)) {
    return findObject(node.arguments[0], found.module, depth + 1);
  }
  if (node.type === 'CallExpression') {
    const required = getRequiredModule(node, found.module);
    if (required !== undefined) return findImported(found.module, required, '*', depth + 1);
    // A module made by a function run where it is written (`(() => { ...; return { save } })()`), or one a project function returns.
    // Finding the function restarts the depth: a call met again on the way is a cycle, not followed.
    if (!followedCalls.has(node)) {
      followedCalls.add(node);
      try {
        const returned = getReturnedValues(node, found.module, depth + 1);
        if (returned?.length === 1) return findObject(returned[0]!.node, returned[0]!.module, depth + 1);
      } finally {
        followedCalls.delete(node);
      }
    }
  }
  if (node !== found.node || node !== unwrapExpression(raw)) return findObject(node, found.module, depth + 1);
  return { node, module: found.module };
}

/**
 * Calls that return their first argument as far as names go: `Object.freeze(obj)`,
 * `defineCookie(decl)`, Vue's `reactive(obj)` (imported, or auto-imported as Nuxt and
 * unplugin-auto-import do).
 */
function isTransparentCall(node: TSESTree.CallExpression, module: ModuleContext): boolean {
  const callee = unwrapExpression(node.callee);
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'Object' && getMemberName(callee) === 'freeze') {
    return module.lookup(callee.object).kind === 'global';
  }
  if (callee.type !== 'Identifier') return false;
  const binding = module.lookup(callee);
  if (VUE_REACTIVE.has(callee.name)) return binding.kind === 'global' || (binding.kind === 'import' && VUE_MODULES.has(binding.source) && binding.imported === callee.name);
  return binding.kind === 'import' && binding.source === DECLARATION_MODULE && binding.imported === 'defineCookie';
}

/** Svelte's `untrack(() => value)`: the value its function returns, read without a dependency. */
function getUntrackedValue(node: TSESTree.CallExpression, module: ModuleContext): TSESTree.Node | undefined {
  const [fn] = node.arguments;
  if (node.callee.type !== 'Identifier' || fn?.type !== 'ArrowFunctionExpression' || fn.body.type === 'BlockStatement') return undefined;
  const binding = module.lookup(node.callee);
  return binding.kind === 'import' && binding.source === 'svelte' && binding.imported === 'untrack' ? fn.body : undefined;
}

const VUE_REACTIVE = new Set(['reactive', 'shallowReactive', 'readonly']);
const VUE_MODULES = new Set(['vue', '@vue/runtime-core', '@vue/reactivity', '@vue/composition-api', 'vue-demi', '#imports']);

/** The value a binding holds (`path` leads into it), followed into imported project files. */
export function findBindingValue(binding: Binding, path: readonly PathStep[], depth: number): Found {
  switch (binding.kind) {
    case 'value': {
      let found: Found = { node: binding.init, module: binding.module };
      for (const step of binding.path) found = getPart(found, step, depth + 1);
      if (!found && binding.fallback) found = { node: binding.fallback, module: binding.module };
      return path.reduce<Found>((current, step) => getPart(current, step, depth + 1), found);
    }
    case 'enum':
    case 'type':
      return { node: binding.declaration, module: binding.module };
    case 'import':
      return findImported(binding.module, binding.source, binding.imported, depth + 1);
    // What the parameter holds when its call gives nothing: its default, also a destructured
    // property's (`({ storage = newsFeedStorage } = {})`); a call's own value is bound by the wrapper summary.
    case 'param':
      return binding.fallback ? path.reduce<Found>((current, step) => getPart(current, step, depth + 1), { node: binding.fallback, module: binding.module }) : undefined;
    case 'assigned': {
      // `export let Cookies; if (inBrowser) Cookies = jsCookie.withAttributes(...)`: declared
      // without a value and given one once, it holds that value or nothing.
      // A placeholder that does nothing (`let save = () => {}`, given the real function later) holds nothing to follow.
      const values = binding.values.filter((value) => !isNoOpFunction(value));
      const [only, ...others] = values;
      if (!only || others.length > 0 || (only.parent?.type !== 'AssignmentExpression' && values.length === binding.values.length)) return undefined;
      return path.reduce<Found>((current, step) => getPart(current, step, depth + 1), { node: only, module: binding.module });
    }
    default:
      return undefined;
  }
}

/** What a project module exports under `imported` (`'*'`: its namespace), as an import of `source` from `from` would see it. */
export function findImportedValue(from: ModuleContext, source: string, imported: string): Found {
  return findImported(from, source, imported, 0);
}

/** The value an import stands for, read from the imported file (relative imports only). */
function findImported(from: ModuleContext, source: string, imported: string, depth: number): Found {
  if (depth > MAX_DEPTH) return undefined;
  const file = resolveModuleFile(from.file, source);
  const target = file === undefined ? undefined : readForeignModule(file);
  if (!target) return undefined;
  return imported === '*' ? { namespace: target } : findExport(target, imported, depth + 1);
}

// A barrel's `export *` chain is walked once per name for a few seconds (as long as module
// resolutions are kept): large projects ask the same barrels for the same names again and again.
const EXPORT_LIFETIME_MS = 5000;
const exportsFound = new WeakMap<ForeignModule, Map<string, { readonly found: Found; readonly at: number }>>();

function findExport(target: ForeignModule, imported: string, depth: number): Found {
  if (depth > MAX_DEPTH) return undefined;
  let known = exportsFound.get(target);
  if (!known) exportsFound.set(target, (known = new Map()));
  const now = Date.now();
  const cached = known.get(imported);
  if (cached && now - cached.at <= EXPORT_LIFETIME_MS) return cached.found;
  const found = findExportUncached(target, imported, depth);
  // An answer cut short by the depth limit is not kept: from a shallower start it may be found.
  if (found || depth <= 2) known.set(imported, { found, at: now });
  return found;
}

function findExportUncached(target: ForeignModule, imported: string, depth: number): Found {
  const exported = target.exports.get(imported);
  if (exported?.kind === 'local') return findValue({ type: 'Identifier', name: exported.name } as TSESTree.Identifier, target, depth + 1);
  if (exported?.kind === 'expression') return { node: exported.node, module: target };
  if (exported?.kind === 'reexport') return findImported(target, exported.source, exported.imported, depth + 1);
  for (const star of target.starExports) {
    const found = findImported(target, star, imported, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The binding a module exports under `imported`, through re-exports and `export *`: for what
 * {@link findValue} cannot give as one node, a part of a value (`export const [store, setStore] =
 * createLocalStorage()`, `export { setStore }`).
 */
export function findExportedBinding(from: ModuleContext, source: string, imported: string, depth = 0): { readonly binding: Binding; readonly module: ModuleContext } | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const file = resolveModuleFile(from.file, source);
  const target = file === undefined ? undefined : readForeignModule(file);
  if (!target) return undefined;
  const exported = target.exports.get(imported);
  if (exported?.kind === 'local') return { binding: target.lookup({ type: 'Identifier', name: exported.name } as TSESTree.Identifier), module: target };
  if (exported?.kind === 'reexport') return findExportedBinding(target, exported.source, exported.imported, depth + 1);
  if (exported) return undefined;
  for (const star of target.starExports) {
    const found = findExportedBinding(target, star, imported, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** One property, array element or enum member of an object found earlier. */
function getPart(found: Found, step: PathStep, depth: number): Found {
  if (!found || depth > MAX_DEPTH) return undefined;
  if ('namespace' in found) {
    return 'property' in step ? findExport(found.namespace, step.property, depth + 1) : undefined;
  }
  const node = unwrapExpression(found.node);
  // `args[0]`: a numeric key of an array is its index.
  if ('property' in step && node.type === 'ArrayExpression' && /^(0|[1-9]\d*)$/.test(step.property)) return getPart(found, { index: Number(step.property) }, depth + 1);
  if ('index' in step) {
    if (node.type !== 'ArrayExpression') return undefined;
    const element = node.elements[step.index];
    return element && element.type !== 'SpreadElement' ? { node: element, module: found.module } : undefined;
  }
  if (node.type === 'TSEnumDeclaration') {
    const members = node.body?.members ?? (node as unknown as { members: TSESTree.TSEnumMember[] }).members;
    const member = members.find((candidate) => getStaticKey(candidate.id, false) === step.property);
    return member?.initializer ? { node: member.initializer, module: found.module } : undefined;
  }
  if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') {
    // class Keys { static THEME = 'theme' }, and static methods (`Keys.scoped('x')`)
    const member = node.body.body.find(
      (element) =>
        (element.type === 'PropertyDefinition' || (element.type === 'MethodDefinition' && element.kind === 'method')) &&
        element.static &&
        getStaticKey(element.key, element.computed) === step.property,
    ) as TSESTree.PropertyDefinition | TSESTree.MethodDefinition | undefined;
    return member?.value ? { node: member.value, module: found.module } : undefined;
  }
  // `(repository ?? {}).databaseName`: an empty object in place of a missing one has no part to give.
  if (node.type === 'LogicalExpression' && node.operator !== '&&' && isEmptyObject(node.right)) {
    return getPart(findObject(node.left, found.module, depth + 1), step, depth + 1);
  }
  const placeholder = getPlaceholderProperty(node, step.property);
  if (placeholder) return { node: placeholder, module: found.module };
  if (node.type !== 'ObjectExpression') {
    // a member of an imported const object, a frozen object, a declaration
    const object = findObject(node, found.module, depth + 1);
    return object && !('namespace' in object) && object.node === node ? undefined : getPart(object, step, depth + 1);
  }
  for (const property of [...node.properties].reverse()) {
    if (property.type === 'SpreadElement') {
      const spread = getPart(findObject(property.argument, found.module, depth + 1), step, depth + 1);
      if (spread) return spread;
    } else if (getStaticKey(property.key, property.computed) === step.property) {
      return { node: property.value, module: found.module };
    }
  }
  return undefined;
}

function isNoOpFunction(node: TSESTree.Node): boolean {
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') return false;
  return node.body.type === 'BlockStatement' ? node.body.body.length === 0 : node.body.type === 'Identifier' && node.body.name === 'undefined';
}

function isEmptyObject(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'ObjectExpression' && value.properties.length === 0;
}
