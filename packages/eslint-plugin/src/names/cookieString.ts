import { getCookieStringEffect } from '../attributes/cookieStringReading.js';
import { readCookieString } from '../attributes/readCookieString.js';
import { type StringShape, UNKNOWN } from './stringShape.js';

/**
 * The name a cookie string (`name=value; Path=/`) sets, as browsers read it (RFC 6265bis): the
 * text before the first `=` of the part before the first `;` (a part without `=` sets a cookie
 * with an empty name). Undefined when the string sets nothing: browsers ignore it (a control
 * character, an empty name and value) or it deletes the cookie (`Max-Age` of 0 or less, or an
 * `Expires` in the past). A lifetime known only at run time counts as a write.
 */
export function getCookieStringName(shape: StringShape): StringShape | undefined {
  const reading = readCookieString(shape);
  const effect = getCookieStringEffect(reading);
  if (effect === 'ignored' || effect === 'deletes') return undefined;
  const name = reading!.name;
  if (name === undefined) return [UNKNOWN];
  return name.length === 0 ? [''] : name;
}
