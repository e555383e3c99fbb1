import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from './bindings.js';

// JavaScript servers type their handlers in JSDoc (`@param {import('express').Response} res`,
// `@param {Response} res` beside `const { Response } = require('express')`). The reader turns
// such a type into the annotation TypeScript would have written, so receivers typed in JSDoc
// match as typed parameters do. Only the linted file's tree has comments and parent links.

const seen = new WeakMap<FunctionNode, ReadonlyMap<string, TSESTree.TypeNode>>();
const NO_TYPES: ReadonlyMap<string, TSESTree.TypeNode> = new Map();

/**
 * The type a function's JSDoc gives the parameter `param` (`@param {Type} name`), as a type
 * node whose names bind where the parameter does; undefined when there is no such tag or its
 * type is not a name, a qualified name, an `import('m').Name` or a union of those.
 */
export function getJSDocParamType(fn: FunctionNode, param: TSESTree.Parameter): TSESTree.TypeNode | undefined {
  const target = param.type === 'AssignmentPattern' ? param.left : param;
  if (target.type !== 'Identifier') return undefined;
  let types = seen.get(fn);
  if (!types) {
    types = readParamTypes(fn);
    seen.set(fn, types);
  }
  return types.get(target.name);
}

function readParamTypes(fn: FunctionNode): ReadonlyMap<string, TSESTree.TypeNode> {
  const comment = findLeadingJSDoc(fn);
  if (!comment) return NO_TYPES;
  const types = new Map<string, TSESTree.TypeNode>();
  for (const tag of readParamTags(comment.value)) {
    const param = fn.params.find((candidate) => getParamName(candidate) === tag.name);
    const type = param && parseType(tag.type, param);
    if (type) types.set(tag.name, type);
  }
  return types;
}

function getParamName(param: TSESTree.Parameter): string | undefined {
  const target = param.type === 'AssignmentPattern' ? param.left : param;
  return target.type === 'Identifier' ? target.name : undefined;
}

/** The `/** ... *\/` comment ending on the line before the function's statement, method or property (or on its line). */
function findLeadingJSDoc(fn: FunctionNode): TSESTree.Comment | undefined {
  let holder: TSESTree.Node = fn;
  const parent = fn.parent;
  if (parent?.type === 'MethodDefinition' || parent?.type === 'Property' || parent?.type === 'PropertyDefinition') holder = parent;
  else if (parent?.type === 'VariableDeclarator' && parent.parent) holder = parent.parent;
  if (holder.parent?.type === 'ExportNamedDeclaration' || holder.parent?.type === 'ExportDefaultDeclaration') holder = holder.parent;
  const comments = findProgram(holder)?.comments;
  if (!comments || !holder.range || !holder.loc) return undefined;
  const comment = comments[lastIndexBefore(comments, holder.range[0])];
  if (!comment || comment.type !== 'Block' || !comment.value.startsWith('*')) return undefined;
  return comment.loc.end.line >= holder.loc.start.line - 1 ? comment : undefined;
}

function findProgram(node: TSESTree.Node): TSESTree.Program | undefined {
  let current: TSESTree.Node | undefined = node;
  while (current && current.type !== 'Program') current = current.parent;
  return current;
}

/** The index of the last comment that ends at or before `offset` (comments are in source order). */
function lastIndexBefore(comments: readonly TSESTree.Comment[], offset: number): number {
  let low = 0;
  let high = comments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (comments[middle]!.range[1] <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** `@param {Type} name` tags (also `@arg`, `@argument`, `[name]` and `[name=default]`), braces in the type balanced. */
function* readParamTags(text: string): Generator<{ type: string; name: string }> {
  const tag = /@(?:param|arg|argument)\s*\{/g;
  for (let match = tag.exec(text); match; match = tag.exec(text)) {
    let depth = 1;
    let end = tag.lastIndex;
    while (end < text.length && depth > 0) {
      if (text[end] === '{') depth++;
      else if (text[end] === '}') depth--;
      end++;
    }
    if (depth > 0) return;
    const name = /^\s*\[?\s*([A-Za-z_$][\w$]*)/.exec(text.slice(end));
    if (name) yield { type: text.slice(tag.lastIndex, end - 1), name: name[1]! };
    tag.lastIndex = end;
  }
}

const IMPORT_TYPE = /^import\(\s*(['"])([^'"]+)\1\s*\)((?:\s*\.\s*[A-Za-z_$][\w$]*)+)$/;
const NAME_PATH = /^[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*$/;

/**
 * A type node for a JSDoc type: `Name`, `a.Name`, `import('m').Name` (type arguments, `?`, `!`
 * and a trailing `=` dropped) and unions of those. Its nodes take the parameter's range and hang
 * under it, so their names are looked up in the parameter's scope.
 */
function parseType(text: string, param: TSESTree.Parameter): TSESTree.TypeNode | undefined {
  const members = splitUnion(stripModifiers(text));
  if (members === undefined) return undefined;
  const types = members.map((member) => parseMember(member, param));
  if (types.some((type) => type === undefined)) return undefined;
  if (types.length === 1) return types[0];
  return made<TSESTree.TSUnionType>({ type: AST_NODE_TYPES.TSUnionType, types: types as TSESTree.TypeNode[] }, param);
}

function stripModifiers(text: string): string {
  let type = text.trim().replace(/^\(([\s\S]*)\)$/, '$1').trim();
  type = type.replace(/^[?!]/, '').replace(/[=?!]$/, '').trim();
  return type;
}

/** The members of a union at its top level, or undefined for a type with brackets this reader does not follow. */
function splitUnion(text: string): string[] | undefined {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '<' || char === '(') depth++;
    else if (char === '>' || char === ')') depth--;
    else if (char === '{' || char === '[') return undefined;
    else if (char === '|' && depth === 0) {
      members.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  members.push(text.slice(start).trim());
  return members;
}

function parseMember(text: string, param: TSESTree.Parameter): TSESTree.TypeNode | undefined {
  const withoutArguments = text.replace(/<[\s\S]*>$/, '').replace(/\[\]$/, '').trim();
  if (withoutArguments !== text.replace(/<[\s\S]*>$/, '').trim()) return undefined; // an array is not the receiver
  const imported = IMPORT_TYPE.exec(withoutArguments);
  if (imported) {
    const names = splitPath(imported[3]!.replace(/^\s*\./, ''));
    const literal = made<TSESTree.StringLiteral>({ type: AST_NODE_TYPES.Literal, value: imported[2]!, raw: JSON.stringify(imported[2]) }, param);
    const argument = made<TSESTree.TSLiteralType>({ type: AST_NODE_TYPES.TSLiteralType, literal }, param);
    return made<TSESTree.TSImportType>({ type: AST_NODE_TYPES.TSImportType, argument, source: literal, qualifier: makeEntityName(names, param), options: null, typeArguments: null }, param);
  }
  if (!NAME_PATH.test(withoutArguments)) return undefined;
  const typeName = makeEntityName(splitPath(withoutArguments), param);
  return made<TSESTree.TSTypeReference>({ type: AST_NODE_TYPES.TSTypeReference, typeName, typeArguments: undefined }, param);
}

function splitPath(text: string): string[] {
  return text.split('.').map((part) => part.trim());
}

function makeEntityName(names: readonly string[], param: TSESTree.Parameter): TSESTree.EntityName {
  let name: TSESTree.EntityName = makeIdentifier(names[0]!, param);
  for (const part of names.slice(1)) {
    name = made<TSESTree.TSQualifiedName>({ type: AST_NODE_TYPES.TSQualifiedName, left: name, right: makeIdentifier(part, param) }, param);
  }
  return name;
}

function makeIdentifier(name: string, param: TSESTree.Parameter): TSESTree.Identifier {
  return made<TSESTree.Identifier>({ type: AST_NODE_TYPES.Identifier, name, decorators: [], optional: false, typeAnnotation: undefined }, param);
}

function made<T extends TSESTree.Node>(fields: Omit<T, 'range' | 'loc' | 'parent'>, param: TSESTree.Parameter): T {
  return { ...fields, range: param.range, loc: param.loc, parent: param } as unknown as T;
}
