import type { TSESTree } from '@typescript-eslint/utils';
import { getMemberName } from './bindings.js';
import { type StringShape, type StringShapes, UNKNOWN, mapKnownText, normalizeShape } from './stringShape.js';

type Change = (shapes: StringShapes) => StringShapes;

// A run of known text at the very start or end of a name is all `trim` can be sure to cut.
const trimShape = (shape: StringShape, start: boolean, end: boolean): StringShape => {
  const parts = [...shape];
  if (start && typeof parts[0] === 'string') parts[0] = parts[0].trimStart();
  if (end && typeof parts.at(-1) === 'string') parts[parts.length - 1] = (parts.at(-1) as string).trimEnd();
  const trimmed = normalizeShape(parts);
  return trimmed.length === 0 ? [''] : trimmed;
};

/** The string methods without arguments that change a name the rules can still follow, by what each does to known text. */
const STRING_METHODS: Readonly<Record<string, Change>> = {
  toUpperCase: (shapes) => mapKnownText(shapes, (text) => text.toUpperCase()),
  toLowerCase: (shapes) => mapKnownText(shapes, (text) => text.toLowerCase()),
  toLocaleUpperCase: (shapes) => mapKnownText(shapes, (text) => text.toUpperCase()),
  toLocaleLowerCase: (shapes) => mapKnownText(shapes, (text) => text.toLowerCase()),
  trim: (shapes) => shapes.map((shape) => trimShape(shape, true, true)),
  trimStart: (shapes) => shapes.map((shape) => trimShape(shape, true, false)),
  trimEnd: (shapes) => shapes.map((shape) => trimShape(shape, false, true)),
  toString: (shapes: StringShapes) => shapes,
};

/**
 * `key.toUpperCase()`, `name.trim()`: the strings the receiver may be, changed as the method
 * changes them (dozzle's `'DOZZLE_' + key.toUpperCase()`). A wrapper's parameter placeholder is
 * kept, so the name is still its callers' to give; each caller's own text is changed when the
 * call is resolved with its arguments. Undefined for any other call.
 */
export function resolveStringMethod(node: TSESTree.CallExpression, next: (child: TSESTree.Node) => StringShapes): StringShapes | undefined {
  if (node.callee.type !== 'MemberExpression' || node.arguments.length > 0) return undefined;
  const method = getMemberName(node.callee);
  if (method === undefined || !Object.hasOwn(STRING_METHODS, method)) return undefined;
  const receiver = next(node.callee.object);
  // Nothing known about the receiver: it may not even be a string (a project function returning one is resolved after this).
  if (receiver.every((shape) => shape.every((part) => part === UNKNOWN))) return undefined;
  return STRING_METHODS[method]!(receiver);
}

// The methods of String.prototype whose result is made from the string they are called on.
const STRING_DERIVING = new Set(['split', 'slice', 'substring', 'substr', 'replace', 'replaceAll', 'concat', 'at', 'charAt', 'padStart', 'padEnd', 'repeat', 'normalize', 'match', ...Object.keys(STRING_METHODS)]);

/** Whether `node` calls a string method on its receiver (`url.split('/')`): what it returns is made from that string. */
export function callsStringMethod(node: TSESTree.CallExpression): boolean {
  if (node.callee.type !== 'MemberExpression') return false;
  const method = getMemberName(node.callee);
  return method !== undefined && STRING_DERIVING.has(method);
}
