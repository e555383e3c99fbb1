import { type StringShape, UNKNOWN } from './stringShape.js';

// `Max-Age=0` (or negative) and an `Expires` before 2000 delete the cookie instead of setting it.
const DELETING_ATTRIBUTE = /;\s*(?:max-age\s*=\s*(?:0+\s*(?:;|$)|-)|expires\s*=[^;]*\b1[0-9]{3}\b)/i;

/**
 * The name of a cookie string (`name=value; Path=/`): everything before the first `=`. Returns
 * undefined when the string sets nothing (no `=` at all) or deletes the cookie.
 */
export function getCookieStringName(shape: StringShape): StringShape | undefined {
  const name: (string | null)[] = [];
  let rest: string | undefined;
  for (const [index, part] of shape.entries()) {
    if (part === UNKNOWN) {
      name.push(UNKNOWN);
      continue;
    }
    const equals = part.indexOf('=');
    if (equals === -1) {
      name.push(part);
      continue;
    }
    if (equals > 0) name.push(part.slice(0, equals));
    rest = part.slice(equals) + shape.slice(index + 1).map((piece) => piece ?? '').join('');
    break;
  }
  if (rest === undefined) return name.includes(UNKNOWN) ? [UNKNOWN] : undefined;
  if (DELETING_ATTRIBUTE.test(rest)) return undefined;
  const trimmed = name.map((part, index) => (typeof part === 'string' && index === 0 ? part.trimStart() : part));
  return trimmed.length === 0 ? [''] : trimmed;
}
