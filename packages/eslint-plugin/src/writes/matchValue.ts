import type { TSESTree } from '@typescript-eslint/utils';
import type { ValueSpec } from '../sinks/types.js';
import { type Binding, type FunctionNode, type ModuleContext, type PathStep, getMemberName, unwrapExpression } from '../names/bindings.js';
import { isFrameworkProject } from './isFrameworkProject.js';
import { isModuleMatch } from './isModuleMatch.js';
import { findValue } from '../names/resolveString.js';

/** How deep a rule follows variables, calls and members before giving up (cycles, long chains). */
const MAX_DEPTH = 40;
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);

/** Whether `node` is (as far as the source shows) a value obtained as `spec` describes. */
export function matchValue(node: TSESTree.Node, spec: ValueSpec, module: ModuleContext, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (spec.kind === 'any') return true;
  if (spec.kind === 'anyOf') return spec.options.some((option) => matchValue(node, option, module, depth));
  const value = unwrapExpression(node);
  if (value.type === 'Super') {
    // super(...) in a class that extends the sink's class: `class AppDB extends Dexie`
    const superClass = getSuperClass(value);
    return superClass !== undefined && matchValue(superClass, spec, module, depth + 1);
  }
  if (matchDirect(value, spec, module, depth)) return true;
  if (value.type !== 'Identifier') return false;
  const binding = module.lookup(value);
  if (matchBinding(binding, [], spec, module, depth + 1)) return true;
  return binding.kind === 'import' && binding.source.startsWith('.') && matchExportedValue(value, spec, module, depth);
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

/** Matches a node by its own shape, before following the variable it names. */
function matchDirect(node: TSESTree.Node, spec: ValueSpec, module: ModuleContext, depth: number): boolean {
  switch (spec.kind) {
    case 'global':
      if (node.type === 'Identifier') return node.name === spec.name && module.lookup(node).kind === 'global';
      return node.type === 'MemberExpression' && getMemberName(node) === spec.name && isGlobalObject(node.object, module);
    case 'import':
      return matchImport(node, spec, module, depth);
    case 'call':
      if (node.type === 'AwaitExpression') return matchValue(node.argument, spec, module, depth + 1);
      return (node.type === 'CallExpression' || node.type === 'NewExpression') && matchValue(node.callee, spec.callee, module, depth + 1);
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

function isGlobalObject(node: TSESTree.Node, module: ModuleContext): boolean {
  const object = unwrapExpression(node);
  return object.type === 'Identifier' && GLOBAL_OBJECTS.has(object.name) && module.lookup(object).kind === 'global';
}

function matchImport(node: TSESTree.Node, spec: Extract<ValueSpec, { kind: 'import' }>, module: ModuleContext, depth: number): boolean {
  if (node.type === 'CallExpression') {
    // require('m') is the module object: its default export under CommonJS interop.
    return (spec.export === '*' || spec.export === 'default') && getRequiredModule(node, module) !== undefined && isModuleMatch(getRequiredModule(node, module)!, spec.module, module.file);
  }
  if (node.type === 'MemberExpression' && spec.export !== '*') {
    // ns.name, require('m').name, and ns.default for the default export.
    const name = getMemberName(node);
    if (name !== spec.export) return false;
    return matchValue(node.object, { kind: 'import', module: spec.module, export: '*' }, module, depth + 1);
  }
  return false;
}

/** The module of `require('m')` when `require` is the global one. */
export function getRequiredModule(node: TSESTree.CallExpression, module: ModuleContext): string | undefined {
  const [argument] = node.arguments;
  if (node.callee.type !== 'Identifier' || node.callee.name !== 'require' || argument?.type !== 'Literal' || typeof argument.value !== 'string') return undefined;
  return module.lookup(node.callee).kind === 'global' ? argument.value : undefined;
}

/** Matches what a binding (reached through `path`) holds against `spec`. */
function matchBinding(binding: Binding, path: readonly PathStep[], spec: ValueSpec, module: ModuleContext, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (spec.kind === 'anyOf') return spec.options.some((option) => matchBinding(binding, path, option, module, depth));
  if (spec.kind === 'any') return true;
  switch (binding.kind) {
    case 'import':
      return matchImportBinding(binding, path, spec);
    case 'value': {
      const fullPath = [...binding.path, ...path];
      if (binding.fallback && path.length === 0 && matchValue(binding.fallback, spec, module, depth + 1)) return true;
      return matchPath(binding.init, fullPath, spec, module, depth + 1);
    }
    case 'param':
      return matchParam(binding, [...binding.path, ...path], spec, module, depth + 1);
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

/** Matches `base` followed by `path` (`base.a[0]`) against `spec`, peeling the path from its end. */
function matchPath(base: TSESTree.Node, path: readonly PathStep[], spec: ValueSpec, module: ModuleContext, depth: number): boolean {
  if (path.length === 0) return matchValue(base, spec, module, depth + 1);
  if (depth > MAX_DEPTH) return false;
  if (spec.kind === 'anyOf') return spec.options.some((option) => matchPath(base, path, option, module, depth));
  if (spec.kind === 'any') return true;
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
  if (path.length > 0) {
    const last = path.at(-1)!;
    if (spec.kind === 'member' && 'property' in last && (spec.property === '*' || spec.property === last.property)) {
      return matchParam(binding, path.slice(0, -1), spec.object, module, depth + 1);
    }
    return false;
  }
  if (binding.fallback && matchValue(binding.fallback, spec, module, depth + 1)) return true;
  switch (spec.kind) {
    case 'param':
      return isHandlerParam(binding.fn, binding.index, spec, module, depth);
    case 'routeParam':
      return binding.index === spec.index && spec.file.test(module.file) && isExportedAs(binding.fn, spec.exports);
    case 'typed':
      return binding.annotation !== undefined && matchTypeAnnotation(binding.annotation, spec, module);
    default:
      return false;
  }
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
  const name = getMemberName(node);
  const member = name === undefined ? undefined : findClassMember(node, name);
  if (!member) return false;
  if (member.annotation && matchTypeAnnotation(member.annotation, spec, module)) return true;
  return member.value !== undefined && matchTypedNode(unwrapExpression(member.value), spec, module);
}

function findClassMember(node: TSESTree.Node, name: string): { annotation?: TSESTree.TypeNode; value?: TSESTree.Node } | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current.type !== 'ClassBody') current = current.parent;
  if (!current) return undefined;
  for (const element of current.body) {
    if (element.type === 'PropertyDefinition' && element.key.type === 'Identifier' && element.key.name === name) {
      return { annotation: element.typeAnnotation?.typeAnnotation, value: element.value ?? undefined };
    }
    if (element.type === 'MethodDefinition' && element.kind === 'constructor') {
      for (const param of element.value.params) {
        if (param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier' && param.parameter.name === name) {
          return { annotation: param.parameter.typeAnnotation?.typeAnnotation };
        }
      }
    }
  }
  return undefined;
}

/** Whether a type annotation names one of `spec.names` from `spec.module` (`''`: a global type such as `Headers`). */
function matchTypeAnnotation(annotation: TSESTree.TypeNode, spec: Extract<ValueSpec, { kind: 'typed' }>, module: ModuleContext): boolean {
  if (annotation.type === 'TSUnionType') return annotation.types.some((type) => matchTypeAnnotation(type, spec, module));
  if (annotation.type !== 'TSTypeReference') return false;
  const typeName = annotation.typeName;
  if (typeName.type === 'Identifier') return isTypeName(typeName, spec, module);
  if (typeName.type === 'TSQualifiedName' && typeName.left.type === 'Identifier' && spec.names.includes(typeName.right.name)) {
    // express.Response, where express is the default or namespace import
    const left = module.lookup(typeName.left);
    return left.kind === 'import' && (left.imported === 'default' || left.imported === '*') && isModuleMatch(left.source, spec.module, module.file);
  }
  return false;
}

function isTypeName(identifier: TSESTree.Identifier, spec: Extract<ValueSpec, { kind: 'typed' }>, module: ModuleContext): boolean {
  const binding = module.lookup(identifier);
  if (spec.module === '') return binding.kind === 'global' && spec.names.includes(identifier.name);
  if (binding.kind !== 'import' || !isModuleMatch(binding.source, spec.module, module.file)) return false;
  return spec.names.includes(binding.imported) || (binding.imported === 'default' && spec.names.includes('default'));
}
