import type { TSESTree } from '@typescript-eslint/utils';
import { getLazyImport } from '../names/lazyComponent.js';
import type { ValueSpec } from '../sinks/types.js';
import { type Binding, type FunctionNode, type ModuleContext, type PathStep, getMemberName, getStaticKey, unwrapExpression } from '../names/bindings.js';
import { isFrameworkProject } from '../names/isFrameworkProject.js';
import { isModuleMatch } from './isModuleMatch.js';
import { findBindingValue, findExportedBinding, findValue, resolveString } from '../names/resolveString.js';
import { getPlaceholderDefault } from './parameterPlaceholder.js';
import { decideStringTest } from './stringTest.js';
import { resolveModuleFile } from '../names/resolveModuleFile.js';
import { findCalledFunction } from '../names/findCalledFunction.js';
import { getReturnedValues } from '../names/returnedValues.js';
import { findThisMember } from '../names/thisMembers.js';
import { findObjectLiteral, getPropertyValue } from './objectLiteral.js';
import { findPackageImport } from '../names/findPackageImport.js';
import { isNamedWithModule } from '../names/projectReferences.js';
import { GLOBAL_OBJECTS } from '../names/globalPath.js';

/** How deep a rule follows variables, calls and members before giving up (cycles, long chains). */
const MAX_DEPTH = 40;
/** How many project type aliases and interfaces a type annotation is followed through. */
const MAX_TYPE_DEPTH = 12;

/** Whether `node` is (as far as the source shows) a value obtained as `spec` describes. */
export function matchValue(node: TSESTree.Node, spec: ValueSpec, module: ModuleContext, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (spec.kind === 'any') return true;
  if (spec.kind === 'anyOf') return spec.options.some((option) => matchValue(node, option, module, depth));
  // `ctx as AppContext`: the asserted type says what the value is.
  if (spec.kind === 'typed' && (node.type === 'TSAsExpression' || node.type === 'TSTypeAssertion') && matchTypeAnnotation(node.typeAnnotation, spec, module)) return true;
  const value = unwrapExpression(node);
  if (value.type === 'Super') {
    // super(...) in a class that extends the sink's class: `class AppDB extends Dexie`
    const superClass = getSuperClass(value);
    return superClass !== undefined && matchValue(superClass, spec, module, depth + 1);
  }
  // A value that may be one of several is matched when any of them matches: `(keep ? localStorage
  // : sessionStorage).setItem(k, v)` writes to each storage it may be.
  if (value.type === 'ConditionalExpression') {
    // `type === 'session' ? sessionStorage : localStorage` with `type` known (a helper called with 'session'): that branch only.
    const test = decideStringTest(value.test, module);
    if (test !== undefined) return matchValue(test ? value.consequent : value.alternate, spec, module, depth + 1);
    return matchValue(value.consequent, spec, module, depth + 1) || matchValue(value.alternate, spec, module, depth + 1);
  }
  if (value.type === 'LogicalExpression') {
    return (value.operator !== '&&' && matchValue(value.left, spec, module, depth + 1)) || matchValue(value.right, spec, module, depth + 1);
  }
  // A parameter standing for its placeholder while its function is summarised holds its default where a call leaves it out.
  const parameterDefault = getPlaceholderDefault(value);
  if (parameterDefault) return matchValue(parameterDefault, spec, module, depth + 1);
  if (matchDirect(value, spec, module, depth)) return true;
  if (value.type === 'Identifier') {
    const binding = module.lookup(value);
    if (matchBinding(binding, [], spec, module, depth + 1)) return true;
    return binding.kind === 'import' && matchExportedValue(value, spec, module, depth);
  }
  if (value.type === 'MemberExpression' && value.object.type === 'ThisExpression') {
    return findThisMember(value)?.values.some((held) => matchValue(held, spec, module, depth + 1)) ?? false;
  }
  // `opts.storage` of a helper's parameter, given `{ storage: sessionStorage }` by the call being followed.
  if (value.type === 'MemberExpression' && value.object.type === 'Identifier') {
    const property = getMemberName(value);
    if (property !== undefined && matchBinding(module.lookup(value.object), [{ property }], spec, module, depth + 1)) return true;
  }
  // `params.cookies` with `params: { cookies: Cookies }`: the member's declared type says what it is.
  if (spec.kind === 'typed' && value.type === 'MemberExpression') return matchMemberType(value, spec, module);
  if (value.type === 'CallExpression') return matchFluentCall(value, spec, module, depth) || matchReturned(value, spec, module, depth);
  return false;
}

// Methods of a server response that return the response itself: `res.status(200).cookie(...)`,
// `res.cookie('a', x).cookie('b', y)` (Express), `reply.code(200).setCookie(...)` (Fastify).
const FLUENT_RESPONSE_METHODS = new Set(['cookie', 'clearCookie', 'status', 'set', 'header', 'type', 'append', 'vary', 'location', 'links', 'attachment', 'code', 'setCookie', 'headers']);

/** `res.cookie('a', x)` as a receiver: the response it returns, when `res` is one. */
function matchFluentCall(call: TSESTree.CallExpression, spec: ValueSpec, module: ModuleContext, depth: number): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || !FLUENT_RESPONSE_METHODS.has(getMemberName(callee) ?? '')) return false;
  if (spec.kind === 'global' || spec.kind === 'import' || spec.kind === 'call' || spec.kind === 'member' || spec.kind === 'element') return false;
  return matchValue(callee.object, spec, module, depth + 1);
}


/** A value exported by a project file (`export const store = localforage.createInstance(...)`), matched where it is defined. */
function matchExportedValue(identifier: TSESTree.Identifier, spec: ValueSpec, module: ModuleContext, depth: number): boolean {
  const found = findValue(identifier, module, depth);
  return found !== undefined && !('namespace' in found) && found.module !== module && matchValue(found.node, spec, found.module, depth + 1);
}

function getSuperClass(node: TSESTree.Super): TSESTree.Node | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current.type !== 'ClassBody') current = current.parent;
  const owner = current?.parent;
  return owner?.type === 'ClassDeclaration' || owner?.type === 'ClassExpression' ? (owner.superClass ?? undefined) : undefined;
}

// Following a call into a function costs this much depth, so that calls nest a few levels only.
const CALL_DEPTH = 8;

/** A call of a project function (`getStorage()`) matches when one of the values it returns does, or its declared return type. */
function matchReturned(call: TSESTree.CallExpression, spec: ValueSpec, module: ModuleContext, depth: number): boolean {
  if (spec.kind === 'typed') {
    const called = findCalledFunction(call, module);
    if (called?.fn.returnType && matchTypeAnnotation(called.fn.returnType.typeAnnotation, spec, called.module)) return true;
  }
  const returned = getReturnedValues(call, module, depth + 1);
  return returned?.some((value) => matchValue(value.node, spec, value.module, depth + CALL_DEPTH)) ?? false;
}

/** Matches a node by its own shape, before following the variable it names. */
function matchDirect(node: TSESTree.Node, spec: ValueSpec, module: ModuleContext, depth: number): boolean {
  switch (spec.kind) {
    case 'global':
      if (node.type === 'Identifier') return node.name === spec.name && module.lookup(node).kind === 'global';
      return node.type === 'MemberExpression' && isGlobalObject(node.object, module) && (getMemberName(node) === spec.name || readComputedKeys(node, module).includes(spec.name));
    case 'import':
      return matchImport(node, spec, module, depth);
    case 'call':
      if (node.type === 'AwaitExpression') return matchValue(node.argument, spec, module, depth + 1);
      if (node.type !== 'CallExpression' && node.type !== 'NewExpression') return false;
      if (spec.withArgument && !node.arguments.some((argument) => matchValue(argument, spec.withArgument!, module, depth + 1))) return false;
      return matchValue(node.callee, spec.callee, module, depth + 1);
    case 'member':
      if (node.type !== 'MemberExpression') return false;
      if (spec.property !== '*' && getMemberName(node) !== spec.property) return false;
      return matchValue(node.object, spec.object, module, depth + 1);
    case 'typed':
      return matchTypedNode(node, spec, module);
    case 'autoImport':
      return node.type === 'Identifier' && node.name === spec.name && module.lookup(node).kind === 'global' && isFrameworkProject(module.file, spec.framework);
    default:
      return false;
  }
}

/**
 * The names a computed member's key may be, each known in full: `window[storageName]` with
 * `storageName` given `'localStorage'` by the call being followed, or declared
 * `storageName: 'localStorage' | 'sessionStorage'` (MDN's `storageAvailable(type)`).
 */
function readComputedKeys(node: TSESTree.MemberExpression, module: ModuleContext): string[] {
  if (!node.computed) return [];
  const known = resolveString(node.property, module).flatMap((shape) => (shape.length === 1 && typeof shape[0] === 'string' ? [shape[0]] : []));
  if (known.length > 0) return known;
  const key = unwrapExpression(node.property);
  const binding = key.type === 'Identifier' ? module.lookup(key) : undefined;
  return binding?.kind === 'param' && binding.path.length === 0 && binding.annotation ? readStringLiteralTypes(binding.annotation) : [];
}

/** The strings a type of string literals allows (`'a'`, `'a' | 'b'`); none for any other type. */
function readStringLiteralTypes(annotation: TSESTree.TypeNode): string[] {
  if (annotation.type === 'TSLiteralType') return annotation.literal.type === 'Literal' && typeof annotation.literal.value === 'string' ? [annotation.literal.value] : [];
  if (annotation.type !== 'TSUnionType') return [];
  const parts = annotation.types.map(readStringLiteralTypes);
  return parts.every((part) => part.length > 0) ? parts.flat() : [];
}

// `globalThis.window` and `window.self` are the global object too; so is a variable that holds it
// (cryptpad's `let window = globalThis;`, a module run in a page and in a worker).
function isGlobalObject(node: TSESTree.Node, module: ModuleContext, depth = 0): boolean {
  const object = unwrapExpression(node);
  if (object.type === 'MemberExpression') return GLOBAL_OBJECTS.has(getMemberName(object) ?? '') && isGlobalObject(object.object, module, depth);
  if (object.type !== 'Identifier') return false;
  const binding = module.lookup(object);
  if (binding.kind === 'global') return GLOBAL_OBJECTS.has(object.name);
  return binding.kind === 'value' && binding.path.length === 0 && depth < 4 && isGlobalObject(binding.init, binding.module, depth + 1);
}

function matchImport(node: TSESTree.Node, spec: Extract<ValueSpec, { kind: 'import' }>, module: ModuleContext, depth: number): boolean {
  // `await import('m')`: the module namespace, as `import * as ns from 'm'` gives it.
  const awaited = node.type === 'AwaitExpression' ? unwrapExpression(node.argument) : node;
  if (awaited.type === 'ImportExpression') {
    const source = awaited.source;
    return spec.export === '*' && source.type === 'Literal' && typeof source.value === 'string' && isModuleMatch(source.value, spec.module, module.file);
  }
  if (node.type === 'CallExpression') {
    // `dynamic(() => import('m'))`, `lazy(...)`: the component the module exports.
    const lazy = getLazyImport(node, module);
    if (lazy) return spec.export === lazy.exported && isModuleMatch(lazy.source, spec.module, module.file);
    // require('m') is the module object: its default export under CommonJS interop.
    return (spec.export === '*' || spec.export === 'default') && getRequiredModule(node, module) !== undefined && isModuleMatch(getRequiredModule(node, module)!, spec.module, module.file);
  }
  if (node.type === 'MemberExpression' && spec.export !== '*') {
    // `import * as store from './store'` where store.ts hands on a package's export (`export { set } from 'idb-keyval'`).
    const handedOn = getHandedOnMember(node, module);
    if (handedOn && matchImportBinding(handedOn, [], spec)) return true;
    // ns.name, require('m').name, and ns.default for the default export.
    const name = getMemberName(node);
    if (name !== spec.export) return false;
    return matchValue(node.object, { kind: 'import', module: spec.module, export: '*' }, module, depth + 1);
  }
  return false;
}

// `ns.name` on the namespace of a project module, as the package import that module hands on as `name`.
function getHandedOnMember(node: TSESTree.MemberExpression, module: ModuleContext): Extract<Binding, { kind: 'import' }> | undefined {
  const name = getMemberName(node);
  if (name === undefined || node.object.type !== 'Identifier') return undefined;
  const namespace = module.lookup(node.object);
  if (namespace.kind !== 'import' || namespace.imported !== '*') return undefined;
  return findPackageImport({ ...namespace, imported: name });
}

/** The module of `require('m')` when `require` is the global one. */
export function getRequiredModule(node: TSESTree.CallExpression, module: ModuleContext): string | undefined {
  const [argument] = node.arguments;
  if (node.callee.type !== 'Identifier' || node.callee.name !== 'require' || argument?.type !== 'Literal' || typeof argument.value !== 'string') return undefined;
  return module.lookup(node.callee).kind === 'global' ? argument.value : undefined;
}

/**
 * A binding as an import: itself, or a `require` read as one (`const express = require('express')`
 * is the namespace, `const { Response } = require('express')` the export), which a JSDoc type
 * names in a CommonJS file.
 */
function asImport(binding: Binding): Binding {
  if (binding.kind !== 'value' || binding.init.type !== 'CallExpression' || binding.path.length > 1) return binding;
  const source = getRequiredModule(binding.init, binding.module);
  if (source === undefined) return binding;
  const [step] = binding.path;
  if (step === undefined) return { kind: 'import', source, imported: '*', module: binding.module };
  return 'property' in step ? { kind: 'import', source, imported: step.property, module: binding.module } : binding;
}

const assignedInProgress = new Set<TSESTree.Node>();

/** Matches what a binding (reached through `path`) holds against `spec`. */
function matchBinding(binding: Binding, path: readonly PathStep[], spec: ValueSpec, module: ModuleContext, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (spec.kind === 'anyOf') return spec.options.some((option) => matchBinding(binding, path, option, module, depth));
  if (spec.kind === 'any') return true;
  switch (binding.kind) {
    case 'import': {
      if (matchImportBinding(binding, path, spec) || matchProjectImport(binding, path, spec, depth)) return true;
      // A project module that hands on a package's export (`export { SessionProvider } from 'next-auth/react'`).
      const handedOn = findPackageImport(binding);
      return handedOn !== undefined && matchImportBinding(handedOn, path, spec);
    }
    case 'value': {
      const fullPath = [...binding.path, ...path];
      // `{ storage = window.localStorage }`: the default holds only when the value gives no such part.
      if (binding.fallback && path.length === 0 && !givesPart(binding) && matchValue(binding.fallback, spec, module, depth + 1)) return true;
      return matchPath(binding.init, fullPath, spec, module, depth + 1);
    }
    case 'param':
      return matchParam(binding, [...binding.path, ...path], spec, module, depth + 1);
    case 'assigned': {
      // `let storage = null; try { storage = window.localStorage } ...`: it writes where any value it is given does.
      // A value made from the variable itself (`params = params.set('a', x)`) is not followed into it again:
      // each of its values would branch anew at every level.
      // Each reference makes its own binding object: its first value says which variable it is.
      const variable = binding.values[0];
      if (!variable || assignedInProgress.has(variable)) return false;
      assignedInProgress.add(variable);
      try {
        return binding.values.some((value) => matchPath(value, path, spec, module, depth + 1));
      } finally {
        assignedInProgress.delete(variable);
      }
    }
    default:
      return false;
  }
}

function matchImportBinding(binding: Extract<Binding, { kind: 'import' }>, path: readonly PathStep[], spec: ValueSpec): boolean {
  if (spec.kind === 'import' && path.length === 0) {
    if (!isModuleMatch(binding.source, spec.module, binding.module.file)) return false;
    if (binding.imported === spec.export) return true;
    // Under CommonJS interop a namespace import stands for the default export, and the other way round.
    return (binding.imported === '*' && spec.export === 'default') || (binding.imported === 'default' && spec.export === '*');
  }
  if (spec.kind === 'member' && path.length > 0) {
    const last = path.at(-1)!;
    if (!('property' in last) || (spec.property !== '*' && spec.property !== last.property)) return false;
    return matchImportBinding(binding, path.slice(0, -1), spec.object);
  }
  if (spec.kind === 'import' && path.length === 1) {
    // const { setCookie } = ns
    const last = path[0]!;
    return 'property' in last && last.property === spec.export && matchImportBinding(binding, [], { ...spec, export: '*' });
  }
  return false;
}

/** An import from a project file matches by the value the file exports: `export const store = getStorage()`. */
function matchProjectImport(binding: Extract<Binding, { kind: 'import' }>, path: readonly PathStep[], spec: ValueSpec, depth: number): boolean {
  if (binding.imported === '*') return false;
  let found = importedValues.get(binding);
  if (found === undefined) {
    // Asked once per sink candidate: the file system is read once per binding.
    const value = resolveModuleFile(binding.module.file, binding.source) === undefined ? undefined : findBindingValue(binding, [], 0);
    found = value && !('namespace' in value) ? value : null;
    importedValues.set(binding, found);
  }
  if (found !== null) return matchPath(found.node, path, spec, found.module, depth + 1);
  // A part of a value the module destructures and exports (`const [local, setLocal] = createLocalStorage(); export { setLocal }`).
  let exported = exportedParts.get(binding);
  if (exported === undefined) {
    const candidate = findExportedBinding(binding.module, binding.source, binding.imported);
    exported = candidate?.binding.kind === 'value' && candidate.binding.path.length > 0 ? candidate : null;
    exportedParts.set(binding, exported);
  }
  return exported !== null && matchBinding(exported.binding, path, spec, exported.module, depth + 1);
}

const importedValues = new WeakMap<Binding, { readonly node: TSESTree.Node; readonly module: ModuleContext } | null>();
const exportedParts = new WeakMap<Binding, { readonly binding: Binding; readonly module: ModuleContext } | null>();

/** Matches `base` followed by `path` (`base.a[0]`) against `spec`, peeling the path from its end. */
function matchPath(base: TSESTree.Node, path: readonly PathStep[], spec: ValueSpec, module: ModuleContext, depth: number): boolean {
  if (path.length === 0) return matchValue(base, spec, module, depth + 1);
  if (depth > MAX_DEPTH) return false;
  if (spec.kind === 'anyOf') return spec.options.some((option) => matchPath(base, path, option, module, depth));
  if (spec.kind === 'any') return true;
  // `{ key, storage }` destructured from an object literal in sight (`{ key: 'k', storage: sessionStorage }`): the part it gives.
  const first = path[0]!;
  const given = 'property' in first ? findObjectLiteral(base, module) : undefined;
  const part = given && 'property' in first ? getPropertyValue(given, first.property) : undefined;
  if (part && matchPath(part, path.slice(1), spec, module, depth + 1)) return true;
  const last = path.at(-1)!;
  const rest = path.slice(0, -1);
  if ('property' in last) {
    if (spec.kind === 'member' && (spec.property === '*' || spec.property === last.property)) return matchPath(base, rest, spec.object, module, depth + 1);
    if (spec.kind === 'import' && spec.export === last.property) return matchPath(base, rest, { ...spec, export: '*' }, module, depth + 1);
    return false;
  }
  return spec.kind === 'element' && spec.index === last.index && matchPath(base, rest, spec.of, module, depth + 1);
}

/** Matches a parameter (or a part of it, through `path`) against `spec`. */
function matchParam(binding: Extract<Binding, { kind: 'param' }>, path: readonly PathStep[], spec: ValueSpec, module: ModuleContext, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (spec.kind === 'anyOf') return spec.options.some((option) => matchParam(binding, path, option, module, depth));
  if (spec.kind === 'any') return true;
  // `import('m').then(({ default: lib }) => ...)`: the callback's parameter is the module namespace.
  const imported = getImportedNamespace(binding);
  if (imported) return matchPath(imported, path, spec, module, depth + 1);
  // `({ storage = window.localStorage } = {})`: a destructured property's default, when the call gives none.
  if (binding.fallback && binding.path.length > 0 && path.length >= binding.path.length && matchPath(binding.fallback, path.slice(binding.path.length), spec, module, depth + 1)) return true;
  if (path.length > 0) {
    const last = path.at(-1)!;
    if (spec.kind === 'member' && 'property' in last && (spec.property === '*' || spec.property === last.property)) {
      return matchParam(binding, path.slice(0, -1), spec.object, module, depth + 1);
    }
    // `{ cookies }: { cookies: Cookies }`: the type of the part the path leads to.
    const part = spec.kind === 'typed' && binding.annotation ? findPartType(binding.annotation, path, module) : undefined;
    return part !== undefined && matchTypeAnnotation(part.type, spec as TypedSpec, part.module);
  }
  if (binding.fallback && matchValue(binding.fallback, spec, module, depth + 1)) return true;
  switch (spec.kind) {
    case 'param':
      return isHandlerParam(binding.fn, binding.index, spec, module, depth);
    case 'routeParam':
      return binding.index === spec.index && spec.file.test(module.file) && isExportedAs(binding.fn, spec.exports);
    case 'typed':
      return binding.annotation !== undefined && matchTypeAnnotation(binding.annotation, spec, module);
    case 'injected': {
      const parameter = binding.fn.params[binding.index];
      // The module is named as a quoted string (`['LocalStorageModule']`), as a package specifier is.
      return parameter?.type === 'Identifier' && parameter.name === spec.name && binding.path.length === 0 && isNamedWithModule(spec.module, [spec.module], module.file);
    }
    default:
      return false;
  }
}

/** The `import('m')` whose `.then` callback this is the first parameter of, if any. */
function getImportedNamespace(binding: Extract<Binding, { kind: 'param' }>): TSESTree.Node | undefined {
  const call = binding.fn.parent;
  if (binding.index !== 0 || call?.type !== 'CallExpression' || call.arguments[0] !== binding.fn) return undefined;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || getMemberName(callee) !== 'then') return undefined;
  const object = unwrapExpression(callee.object);
  return object.type === 'ImportExpression' ? object : undefined;
}

function isHandlerParam(fn: FunctionNode, index: number, spec: Extract<ValueSpec, { kind: 'param' }>, module: ModuleContext, depth: number): boolean {
  const expected = spec.indexByArity?.[fn.params.length] ?? spec.index;
  const call = fn.parent;
  if (index !== expected || (call?.type !== 'CallExpression' && call?.type !== 'NewExpression')) return false;
  return call.arguments.includes(fn as TSESTree.CallExpressionArgument) && matchValue(call.callee, spec.callee, module, depth + 1);
}

/** Whether a function is exported under one of `names`, directly or as a method of an exported object (`actions`). */
function isExportedAs(fn: FunctionNode, names: readonly string[]): boolean {
  if (fn.type === 'FunctionDeclaration') return fn.parent?.type === 'ExportNamedDeclaration' && names.includes(fn.id?.name ?? '');
  let holder: TSESTree.Node | undefined = fn.parent;
  if (holder?.type === 'Property') holder = holder.parent?.parent;
  if (holder?.type !== 'VariableDeclarator' || holder.id.type !== 'Identifier' || !names.includes(holder.id.name)) return false;
  return holder.parent?.parent?.type === 'ExportNamedDeclaration';
}

/** `this.service` typed by a class field or parameter property, and Angular's `inject(Type)`. */
function matchTypedNode(node: TSESTree.Node, spec: Extract<ValueSpec, { kind: 'typed' }>, module: ModuleContext): boolean {
  if (node.type === 'CallExpression') {
    const [argument] = node.arguments;
    if (node.callee.type !== 'Identifier' || argument?.type !== 'Identifier') return false;
    const callee = module.lookup(node.callee);
    return callee.kind === 'import' && callee.source === '@angular/core' && callee.imported === 'inject' && isTypeName(argument, spec, module);
  }
  if (node.type !== 'MemberExpression' || node.object.type !== 'ThisExpression') return false;
  const annotation = findThisMember(node)?.annotation;
  return annotation !== undefined && matchTypeAnnotation(annotation, spec, module);
}

type TypedSpec = Extract<ValueSpec, { kind: 'typed' }>;

/** A member of a parameter whose annotation declares the member's type: `params.cookies`, `event.request.cookies`. */
function matchMemberType(member: TSESTree.MemberExpression, spec: TypedSpec, module: ModuleContext): boolean {
  const path: PathStep[] = [];
  let object: TSESTree.Node = member;
  while (object.type === 'MemberExpression') {
    const name = getMemberName(object);
    if (name === undefined) return false;
    path.unshift({ property: name });
    object = unwrapExpression(object.object);
  }
  if (object.type !== 'Identifier') return false;
  const binding = module.lookup(object);
  if (binding.kind !== 'param' || !binding.annotation) return false;
  const part = findPartType(binding.annotation, [...binding.path, ...path], module);
  return part !== undefined && matchTypeAnnotation(part.type, spec, part.module);
}

/**
 * The declared type of the part of a value that `path` leads to, through object type literals
 * and the project's own interfaces and type aliases: `{ cookies: Cookies }` and `['cookies']`
 * give `Cookies`.
 */
function findPartType(annotation: TSESTree.TypeNode, path: readonly PathStep[], module: ModuleContext, depth = 0): { type: TSESTree.TypeNode; module: ModuleContext } | undefined {
  if (path.length === 0) return { type: annotation, module };
  if (depth > MAX_TYPE_DEPTH) return undefined;
  const [step, ...rest] = path;
  if (!('property' in step!)) return undefined;
  const members = findTypeMembers(annotation, module, depth);
  if (!members) return undefined;
  for (const member of members.list) {
    if (member.type !== 'TSPropertySignature' || getStaticKey(member.key, member.computed) !== step.property || !member.typeAnnotation) continue;
    return findPartType(member.typeAnnotation.typeAnnotation, rest, members.module, depth + 1);
  }
  return undefined;
}

function findTypeMembers(annotation: TSESTree.TypeNode, module: ModuleContext, depth: number): { list: readonly TSESTree.TypeElement[]; module: ModuleContext } | undefined {
  if (annotation.type === 'TSTypeLiteral') return { list: annotation.members, module };
  if (annotation.type !== 'TSTypeReference' || annotation.typeName.type !== 'Identifier') return undefined;
  const found = findValue(annotation.typeName, module, depth + 1);
  if (!found || 'namespace' in found) return undefined;
  if (found.node.type === 'TSInterfaceDeclaration') return { list: found.node.body.body, module: found.module };
  return found.node.type === 'TSTypeAliasDeclaration' ? findTypeMembers(found.node.typeAnnotation, found.module, depth + 1) : undefined;
}

/**
 * Whether a type annotation names one of `spec.names` from `spec.module` (`''`: a global type
 * such as `Headers`), directly or through the project's own types: a union or intersection
 * member, a type alias, an interface's `extends`, declared here or in an imported project file.
 */
export function matchTypeAnnotation(annotation: TSESTree.TypeNode, spec: TypedSpec, module: ModuleContext, depth = 0): boolean {
  if (depth > MAX_TYPE_DEPTH) return false;
  if (annotation.type === 'TSUnionType' || annotation.type === 'TSIntersectionType') {
    return annotation.types.some((type) => matchTypeAnnotation(type, spec, module, depth + 1));
  }
  // `import('express').Response`
  if (annotation.type === 'TSImportType') {
    const source = annotation.source;
    const name = annotation.qualifier?.type === 'Identifier' ? annotation.qualifier.name : undefined;
    return source?.type === 'Literal' && typeof source.value === 'string' && name !== undefined && spec.names.includes(name) && isModuleMatch(source.value, spec.module, module.file);
  }
  if (annotation.type !== 'TSTypeReference') return false;
  return matchTypeName(annotation.typeName, spec, module, depth);
}

/** A type's name (`Context`, `Koa.Context`, or an interface's `extends` expression). */
function matchTypeName(typeName: TSESTree.Node, spec: TypedSpec, module: ModuleContext, depth: number): boolean {
  if (typeName.type === 'Identifier') return isTypeName(typeName, spec, module) || matchProjectType(typeName, spec, module, depth);
  const left = typeName.type === 'TSQualifiedName' ? typeName.left : typeName.type === 'MemberExpression' ? typeName.object : undefined;
  const right = typeName.type === 'TSQualifiedName' ? typeName.right : typeName.type === 'MemberExpression' ? typeName.property : undefined;
  if (left?.type !== 'Identifier' || right?.type !== 'Identifier' || !spec.names.includes(right.name)) return false;
  // express.Response, where express is the default or namespace import
  const binding = asImport(module.lookup(left));
  return binding.kind === 'import' && (binding.imported === 'default' || binding.imported === '*') && isModuleMatch(binding.source, spec.module, module.file);
}

/** A type alias or interface of the project, followed to what it names or extends. */
function matchProjectType(identifier: TSESTree.Identifier, spec: TypedSpec, module: ModuleContext, depth: number): boolean {
  const found = findValue(identifier, module, depth + 1);
  if (!found || 'namespace' in found) return false;
  const declaration = found.node;
  if (declaration.type === 'TSTypeAliasDeclaration') return matchTypeAnnotation(declaration.typeAnnotation, spec, found.module, depth + 1);
  if (declaration.type !== 'TSInterfaceDeclaration') return false;
  return declaration.extends.some((heritage) => matchTypeName(heritage.expression, spec, found.module, depth + 1));
}

function isTypeName(identifier: TSESTree.Identifier, spec: TypedSpec, module: ModuleContext): boolean {
  const binding = asImport(module.lookup(identifier));
  if (spec.module === '') return binding.kind === 'global' && spec.names.includes(identifier.name);
  if (binding.kind !== 'import' || !isModuleMatch(binding.source, spec.module, module.file)) return false;
  return spec.names.includes(binding.imported) || (binding.imported === 'default' && spec.names.includes('default'));
}

// A destructured part the value is seen to give (`{ key, storage: sessionStorage }` for `{ storage = localStorage }`).
function givesPart(binding: Extract<Binding, { kind: 'value' }>): boolean {
  return binding.path.length > 0 && findBindingValue({ ...binding, fallback: undefined }, [], 0) !== undefined;
}
