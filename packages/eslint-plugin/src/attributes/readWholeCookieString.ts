import { parseSetCookie } from 'set-cookie-parser';
import { type CookieStringReading, hasControlCharacter, isTooLong } from './cookieStringReading.js';

// set-cookie-parser drops a cookie named like a member of every object (`constructor`,
// `toString`) to keep its result safe; browsers store it, so the name is read in a stand-in's place.
const STAND_IN_NAME = 'cookie-ledger-name';

/**
 * Reads a cookie string known in full with set-cookie-parser, after the steps of RFC 6265bis 5.6
 * it leaves to its callers: a control character, or a name and value over 4,096 characters,
 * make browsers ignore the string (undefined). One string is one cookie: browsers never split a
 * `Set-Cookie` value or a `document.cookie` string at commas.
 */
export function readWholeCookieString(text: string): CookieStringReading<never> | undefined {
  if (hasControlCharacter(text)) return undefined;
  const options = { decodeValues: false, split: false, silent: true } as const;
  let [cookie] = parseSetCookie(text, options);
  let name = cookie?.name;
  if (cookie === undefined) {
    const pair = text.split(';', 1)[0]!;
    const equals = pair.indexOf('=');
    name = equals === -1 ? undefined : pair.slice(0, equals).replace(/^[ \t]+|[ \t]+$/g, '');
    if (name === undefined || !(name in {})) return undefined;
    [cookie] = parseSetCookie(`${STAND_IN_NAME}${text.slice(equals)}`, options);
    if (cookie === undefined) return undefined;
  }
  if (isTooLong(name!.length + cookie.value.length)) return undefined;
  const flags = new Set<string>();
  if (cookie.secure) flags.add('secure');
  if (cookie.httpOnly) flags.add('httponly');
  if (cookie.partitioned) flags.add('partitioned');
  const values = new Map<string, readonly string[]>();
  if (cookie.sameSite !== undefined) values.set('samesite', [cookie.sameSite]);
  if (cookie.domain !== undefined) values.set('domain', [cookie.domain]);
  if (cookie.path !== undefined) values.set('path', [cookie.path]);
  return {
    name: [name!],
    value: [cookie.value],
    ...(cookie.maxAge === undefined ? {} : { maxAge: cookie.maxAge }),
    ...(cookie.expires === undefined ? {} : { expires: cookie.expires.getTime() }),
    flags,
    values,
    complete: true,
  };
}
