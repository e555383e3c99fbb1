import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, unwrapExpression } from './bindings.js';
import { type TypeReader, resolveString } from './resolveString.js';
import { type StringShapes, UNKNOWN, concatShapes } from './stringShape.js';

/**
 * The name a library stores under `JSON.stringify(array)` (frappe-ui's resource cache keys): each
 * element's text between quotes, joined by commas. A value that is not an array literal is one
 * element (`'Users'` is stored as `["Users"]`); an element of which nothing is known may be any
 * JSON value, so it stays unknown without quotes. `leading` strings go first, as the library puts them.
 */
export function readJsonArrayName(elements: readonly TSESTree.Node[], module: ModuleContext, readType?: TypeReader, leading: readonly string[] = []): StringShapes {
  const pieces: StringShapes[] = [[['[']]];
  const all: readonly (TSESTree.Node | string)[] = [...leading, ...elements];
  all.forEach((element, index) => {
    if (index > 0) pieces.push([[',']]);
    pieces.push(typeof element === 'string' ? [[JSON.stringify(element)]] : readElement(element, module, readType));
  });
  pieces.push([[']']]);
  return concatShapes(pieces);
}

/** The elements of a configured key: an array literal's, or the value itself. */
export function listJsonArrayElements(value: TSESTree.Node): readonly TSESTree.Node[] {
  const node = unwrapExpression(value);
  if (node.type !== 'ArrayExpression') return [value];
  return node.elements.flatMap((element) => (element && element.type !== 'SpreadElement' ? [element] : []));
}

function readElement(element: TSESTree.Node, module: ModuleContext, readType?: TypeReader): StringShapes {
  const node = unwrapExpression(element);
  if (node.type === 'Literal' && (typeof node.value === 'number' || typeof node.value === 'boolean' || node.value === null)) return [[String(node.value)]];
  return resolveString(element, module, readType).map((shape) =>
    shape.length === 1 && shape[0] === UNKNOWN ? shape : ['"', ...shape.map((part) => (part === UNKNOWN ? part : escapeJson(part))), '"'],
  );
}

function escapeJson(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
