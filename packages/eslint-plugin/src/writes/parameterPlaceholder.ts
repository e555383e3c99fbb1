import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, unwrapExpression } from '../names/bindings.js';
import type { StringShapes } from '../names/stringShape.js';

// A private-use character: no real name holds it, and it is no control character.
const PLACEHOLDER = /\uE000P(\d+)((?:\.[^\uE000.]+)*)\uE000/;
const PLACEHOLDERS = new RegExp(PLACEHOLDER.source, 'g');

/**
 * The string a parameter stands for while a function is summarised as a possible wrapper: a
 * name holding it comes from that parameter (see summarizeWrapper.ts).
 */
export function createPlaceholder(position: number, fn: FunctionNode, properties: readonly string[] = []): TSESTree.StringLiteral {
  const value = `\uE000P${position}${properties.map((property) => `.${property}`).join('')}\uE000`;
  return { type: 'Literal', value, raw: JSON.stringify(value), range: fn.range, loc: fn.loc, parent: fn } as TSESTree.StringLiteral;
}

/** Where in a function's parameters a name comes from: the parameter, and the properties of it read (`{ storageKey }`). */
export interface ParameterPlace {
  readonly index: number;
  readonly properties: readonly string[];
}

/** The parameter whose placeholder a name holds, if any. */
export function getParameterIndex(names: StringShapes): number | undefined {
  return getParameterPlace(names)?.index;
}

/**
 * The parameter whose placeholder a name holds and, for a destructured parameter, the
 * properties leading to the part it comes from (`{ storageKey }` gives `['storageKey']`).
 */
export function getParameterPlace(names: StringShapes): ParameterPlace | undefined {
  for (const shape of names) {
    for (const part of shape) {
      const match = part === null ? null : PLACEHOLDER.exec(part);
      if (match) return { index: Number(match[1]), properties: match[2] ? match[2].slice(1).split('.') : [] };
    }
  }
  return undefined;
}

/** Every parameter placeholder a name holds, in order (`tabdata_${editorKeyword}_${tabid}`: both options). */
export function getParameterPlaces(names: StringShapes): ParameterPlace[] {
  const places: ParameterPlace[] = [];
  for (const shape of names) {
    for (const part of shape) {
      if (part === null) continue;
      for (const match of part.matchAll(PLACEHOLDERS)) places.push({ index: Number(match[1]), properties: match[2] ? match[2].slice(1).split('.') : [] });
    }
  }
  return places;
}

/** The first parameter placeholder a name holds, as it is written in the name. */
export function findPlaceholder(names: StringShapes): string | undefined {
  for (const shape of names) {
    for (const part of shape) {
      const match = part === null ? null : PLACEHOLDER.exec(part);
      if (match) return match[0];
    }
  }
  return undefined;
}

/**
 * A property of a placeholder stands for that property of the parameter (`params.storeKey` when
 * `params` is handed on whole, as `super(params)` does): the placeholder with the property added.
 */
export function getPlaceholderProperty(node: TSESTree.Node, property: string): TSESTree.StringLiteral | undefined {
  if (node.type !== 'Literal' || typeof node.value !== 'string') return undefined;
  const match = PLACEHOLDER.exec(node.value);
  if (!match || match[0] !== node.value) return undefined;
  const value = `\uE000P${match[1]}${match[2] ?? ''}.${property}\uE000`;
  return { ...node, value, raw: JSON.stringify(value) } as TSESTree.StringLiteral;
}

/**
 * The default of the whole parameter a placeholder stands for (`storage = localStorage`), if it
 * has one: what it holds at the calls that leave it out, so a storage handed on from it
 * (`set(key, value, storage)`) still writes somewhere while the function is summarised.
 */
export function getPlaceholderDefault(node: TSESTree.Node): TSESTree.Expression | undefined {
  if (node.type !== 'Literal' || typeof node.value !== 'string') return undefined;
  const match = PLACEHOLDER.exec(node.value);
  if (!match || match[0] !== node.value || match[2]) return undefined;
  const fn = node.parent;
  if (fn?.type !== 'FunctionDeclaration' && fn?.type !== 'FunctionExpression' && fn?.type !== 'ArrowFunctionExpression') return undefined;
  const param = fn.params[Number(match[1])];
  return param?.type === 'AssignmentPattern' && param.left.type === 'Identifier' ? unwrapExpression(param.right) as TSESTree.Expression : undefined;
}
