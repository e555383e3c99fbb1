import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from '../names/bindings.js';
import type { StringShapes } from '../names/stringShape.js';

// A private-use character: no real name holds it, and it is no control character.
const PLACEHOLDER = /\uE000P(\d+)\uE000/;

/**
 * The string a parameter stands for while a function is summarised as a possible wrapper: a
 * name holding it comes from that parameter (see summarizeWrapper.ts).
 */
export function createPlaceholder(position: number, fn: FunctionNode): TSESTree.StringLiteral {
  const value = `\uE000P${position}\uE000`;
  return { type: 'Literal', value, raw: JSON.stringify(value), range: fn.range, loc: fn.loc, parent: fn } as TSESTree.StringLiteral;
}

/** The parameter whose placeholder a name holds, if any. */
export function getParameterIndex(names: StringShapes): number | undefined {
  for (const shape of names) {
    for (const part of shape) {
      const match = part === null ? null : PLACEHOLDER.exec(part);
      if (match) return Number(match[1]);
    }
  }
  return undefined;
}
