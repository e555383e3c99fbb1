import type { SameSite } from '@cookie-ledger/core';
import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, unwrapExpression } from '../names/bindings.js';
import { readLifetimeSeconds } from './lifetime.js';
import { readCookieString } from './readCookieString.js';
import { resolveDateOffset } from './resolveNumber.js';
import { findValue, resolveString } from '../names/resolveString.js';
import { readArrayJoin } from '../names/arrayJoin.js';
import { getKnownText } from '../names/stringShape.js';
import type { WrittenAttributes } from './readWrittenAttributes.js';

/** A piece of a cookie string: known text, or an expression known only at run time. */
type Piece = string | TSESTree.Node;

const MAX_DEPTH = 8;

/**
 * The attributes of a `name=value; Max-Age=60; Path=/; Secure` string (document.cookie, a
 * Set-Cookie header), read as browsers read them ({@link readCookieString}): the last valid
 * `Max-Age` in seconds, else `Expires` when written as an offset from now, the flags, `SameSite`,
 * `Domain` and `Path`. Absent flags are off only when every attribute's name is visible.
 */
export function readCookieStringAttributes(value: TSESTree.Node, module: ModuleContext): WrittenAttributes {
  const reading = readCookieString(flatten(value, module, 0));
  if (reading === undefined) return {};
  const result: { -readonly [K in keyof WrittenAttributes]: WrittenAttributes[K] } = {};
  const { maxAge, expires } = reading;
  if (maxAge !== undefined) {
    const seconds = typeof maxAge === 'number' ? maxAge : maxAge.unknown && readLifetimeSeconds(maxAge.unknown, 'seconds', module);
    if (seconds !== undefined) result.lifetime = { seconds, option: 'Max-Age' };
  } else if (expires !== undefined && typeof expires !== 'number' && expires.unknown) {
    const milliseconds = resolveDateOffset(expires.unknown, module);
    if (milliseconds !== undefined) result.lifetime = { seconds: milliseconds / 1000, option: 'Expires' };
  }
  for (const [flag, key] of [['httpOnly', 'httponly'], ['secure', 'secure'], ['partitioned', 'partitioned']] as const) {
    if (reading.flags.has(key)) result[flag] = { value: true, defaulted: false };
    else if (reading.complete) result[flag] = { value: false, defaulted: true };
  }
  const known = (key: string): string | undefined => {
    const pieces = reading.values.get(key);
    return pieces?.every((piece) => typeof piece === 'string') ? pieces.join('') : undefined;
  };
  const sameSite = known('samesite')?.toLowerCase();
  if (sameSite === 'strict' || sameSite === 'lax' || sameSite === 'none') result.sameSite = { value: sameSite as SameSite, defaulted: false };
  for (const key of ['domain', 'path'] as const) {
    const written = known(key);
    if (written !== undefined) result[key] = { value: written, defaulted: false };
  }
  return result;
}

/** The string as known texts and run-time expressions, through templates, `+`, `[...].join()` and constants. */
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
  const join = readArrayJoin(node);
  // A filtered array's pieces may each be left out: which attributes it holds is not known piece by piece.
  if (join && !join.dropsFalsy) {
    const separator = join.separator ? flatten(join.separator, module, depth + 1) : [','];
    return join.elements.flatMap((element, index) => [...(index === 0 ? [] : separator), ...flatten(element, module, depth + 1)]);
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
