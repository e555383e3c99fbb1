import type { SameSite } from '@cookie-ledger/core';
import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, unwrapExpression } from '../names/bindings.js';
import { readLifetimeSeconds } from './lifetime.js';
import { resolveDateOffset } from './resolveNumber.js';
import { findValue, resolveString } from '../names/resolveString.js';
import { getKnownText } from '../names/stringShape.js';
import type { WrittenAttributes } from './readWrittenAttributes.js';

/** A piece of a cookie string: known text, or an expression known only at run time. */
type Piece = string | TSESTree.Node;

const MAX_DEPTH = 8;
// Stands for an expression inside the flattened text; never appears in real cookie strings.
const HOLE = '\u0000';

/**
 * The attributes of a `name=value; Max-Age=60; Path=/; Secure` string (document.cookie, a
 * Set-Cookie header): `Max-Age` in seconds, `Expires` when written as an offset from now, the
 * flags, `SameSite`, `Domain` and `Path`. Absent flags are off only when every attribute of the
 * string is visible.
 */
export function readCookieStringAttributes(value: TSESTree.Node, module: ModuleContext): WrittenAttributes {
  const pieces = flatten(value, module, 0);
  const holes: TSESTree.Node[] = [];
  const text = pieces.map((piece) => (typeof piece === 'string' ? piece : (holes.push(piece), `${HOLE}${holes.length - 1}${HOLE}`))).join('');
  const [, ...segments] = text.split(';');
  const attributes = new Map<string, string>();
  let complete = true;
  for (const segment of segments) {
    const equals = segment.indexOf('=');
    const key = (equals === -1 ? segment : segment.slice(0, equals)).trim().toLowerCase();
    if (key.includes(HOLE)) complete = false;
    else attributes.set(key, equals === -1 ? '' : segment.slice(equals + 1).trim());
  }
  const holeOf = (text: string): TSESTree.Node | undefined => {
    const match = new RegExp(`^${HOLE}(\\d+)${HOLE}$`).exec(text);
    return match ? holes[Number(match[1])] : undefined;
  };
  const result: { -readonly [K in keyof WrittenAttributes]: WrittenAttributes[K] } = {};
  const maxAge = attributes.get('max-age');
  const expires = attributes.get('expires');
  if (maxAge !== undefined) {
    const hole = holeOf(maxAge);
    const seconds = hole ? readLifetimeSeconds(hole, 'seconds', module) : /^\d+$/.test(maxAge) ? Number(maxAge) : undefined;
    if (seconds !== undefined) result.lifetime = { seconds, option: 'Max-Age' };
  } else if (expires !== undefined) {
    const hole = holeOf(expires);
    const milliseconds = hole ? resolveDateOffset(hole, module) : undefined;
    if (milliseconds !== undefined) result.lifetime = { seconds: milliseconds / 1000, option: 'Expires' };
  }
  for (const [flag, key] of [['httpOnly', 'httponly'], ['secure', 'secure'], ['partitioned', 'partitioned']] as const) {
    if (attributes.has(key)) result[flag] = { value: true, defaulted: false };
    else if (complete) result[flag] = { value: false, defaulted: true };
  }
  const sameSite = attributes.get('samesite')?.toLowerCase();
  if (sameSite === 'strict' || sameSite === 'lax' || sameSite === 'none') result.sameSite = { value: sameSite as SameSite, defaulted: false };
  for (const key of ['domain', 'path'] as const) {
    const written = attributes.get(key);
    if (written !== undefined && !written.includes(HOLE)) result[key] = { value: written, defaulted: false };
  }
  return result;
}

/** The string as known texts and run-time expressions, through templates, `+` and constants. */
function flatten(raw: TSESTree.Node, module: ModuleContext, depth: number): Piece[] {
  const node = unwrapExpression(raw);
  if (depth > MAX_DEPTH) return [node];
  if (node.type === 'TemplateLiteral') {
    return node.quasis.flatMap((quasi, index) => {
      const expression = node.expressions[index];
      return [quasi.value.cooked ?? quasi.value.raw, ...(expression ? flatten(expression, module, depth + 1) : [])];
    });
  }
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    return [...flatten(node.left, module, depth + 1), ...flatten(node.right, module, depth + 1)];
  }
  const shapes = resolveString(node, module);
  const known = shapes.length === 1 ? getKnownText(shapes[0]!) : undefined;
  if (known !== undefined) return [known];
  if (node.type === 'Identifier') {
    const found = findValue(node, module, 0);
    if (found && !('namespace' in found) && found.module === module && found.node !== node) {
      const target = unwrapExpression(found.node);
      if (target.type === 'TemplateLiteral' || target.type === 'BinaryExpression') return flatten(target, module, depth + 1);
    }
  }
  return [node];
}
