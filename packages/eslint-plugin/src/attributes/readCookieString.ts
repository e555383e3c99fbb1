import {
  type CookieStringReading,
  FLAG_ATTRIBUTES,
  type Piece,
  type UnknownValue,
  VALUED_ATTRIBUTES,
  hasControlCharacter,
  isTooLong,
  parseExpires,
  parseMaxAge,
} from './cookieStringReading.js';
import { readWholeCookieString } from './readWholeCookieString.js';

const isText = <T>(piece: Piece<T>): piece is string => typeof piece === 'string';

/**
 * Reads a cookie string (undefined when browsers ignore it). A string known in full is read by
 * set-cookie-parser; one with runs known only at run time (`T`) by the algorithm of RFC 6265bis
 * section 5.6 over the known parts, taking each run to be a name, a value or an attribute's
 * value as code writes them: it holds no `;` and no control character, is not thousands of
 * characters long, and a run before the first known `=` holds no `=`.
 */
export function readCookieString<T>(pieces: readonly Piece<T>[]): CookieStringReading<T> | undefined {
  return pieces.every(isText) ? readWholeCookieString(pieces.join('')) : readCookieStringParts(pieces);
}

/** RFC 6265bis 5.6 over known texts and runs known only at run time; exported to be compared with the whole-string reading. */
export function readCookieStringParts<T>(pieces: readonly Piece<T>[]): CookieStringReading<T> | undefined {
  if (pieces.some((piece) => isText(piece) && hasControlCharacter(piece))) return undefined;
  const [pair, ...segments] = splitAt(joinTexts(pieces), ';', Number.POSITIVE_INFINITY);
  const [before, after] = splitAt(pair!, '=', 1);
  let name: Piece<T>[] | undefined;
  let value: Piece<T>[];
  if (after !== undefined) [name, value] = [trimEnds(before!, isWsp), trimEnds(after, isWsp)];
  else if (pair!.every(isText)) [name, value] = [[], trimEnds(pair!, isWsp)];
  else [name, value] = [undefined, pair!];
  // set-cookie-parser ignores a pair that is only whitespace; RFC 6265bis one whose name and value are empty.
  if (pair!.every(isText) && pair!.join('').trim() === '') return undefined;
  if (name?.length === 0 && value.length === 0) return undefined;
  if (isTooLong([...(name ?? []), ...value].filter(isText).join('').length)) return undefined;

  let complete = true;
  const attributes: { key: string; value: Piece<T>[] }[] = [];
  for (const segment of segments) {
    const [key, rest] = splitAt(segment, '=', 1);
    if (!key!.every(isText)) {
      complete = false;
      continue;
    }
    attributes.push({ key: key!.join('').trim().toLowerCase(), value: trimEnds(rest ?? [], (character) => character.trim() === '') });
  }
  const flags = new Set<string>(FLAG_ATTRIBUTES.filter((flag) => attributes.some(({ key }) => key === flag)));
  const values = new Map<string, readonly Piece<T>[]>();
  for (const { key, value: attribute } of attributes) if ((VALUED_ATTRIBUTES as readonly string[]).includes(key)) values.set(key, attribute);
  const maxAge = readLast(attributes, 'max-age', parseMaxAge);
  const expires = readLast(attributes, 'expires', parseExpires);
  return {
    name,
    value,
    ...(maxAge === undefined ? {} : { maxAge }),
    ...(expires === undefined ? {} : { expires }),
    flags,
    values,
    complete,
  };
}

/** The last valid value of an attribute: an invalid one is ignored, one known only at run time may be the one. */
function readLast<T>(attributes: readonly { key: string; value: Piece<T>[] }[], key: string, parse: (text: string) => number | undefined): number | UnknownValue<T> | undefined {
  for (let index = attributes.length - 1; index >= 0; index--) {
    const attribute = attributes[index]!;
    if (attribute.key !== key) continue;
    if (!attribute.value.every(isText)) return { unknown: attribute.value.length === 1 ? (attribute.value[0] as T) : undefined };
    const parsed = parse(attribute.value.join(''));
    if (parsed !== undefined) return parsed;
  }
  return undefined;
}

/** The pieces with neighbouring texts joined, so that trimming sees whole texts. */
function joinTexts<T>(pieces: readonly Piece<T>[]): Piece<T>[] {
  const joined: Piece<T>[] = [];
  for (const piece of pieces) {
    const last = joined.at(-1);
    if (isText(piece) && last !== undefined && isText(last)) joined[joined.length - 1] = last + piece;
    else joined.push(piece);
  }
  return joined;
}

/** Splits pieces at the known occurrences of `separator`, at most `limit` times. */
function splitAt<T>(pieces: readonly Piece<T>[], separator: string, limit: number): Piece<T>[][] {
  const parts: Piece<T>[][] = [[]];
  for (const piece of pieces) {
    if (!isText(piece)) {
      parts.at(-1)!.push(piece);
      continue;
    }
    let rest = piece;
    let at = rest.indexOf(separator);
    while (at !== -1 && parts.length <= limit) {
      if (at > 0) parts.at(-1)!.push(rest.slice(0, at));
      parts.push([]);
      rest = rest.slice(at + 1);
      at = rest.indexOf(separator);
    }
    if (rest !== '') parts.at(-1)!.push(rest);
  }
  return parts;
}

const isWsp = (character: string): boolean => character === ' ' || character === '\t';

/** The pieces without leading and trailing characters `isSpace` accepts, in known texts at either end. */
function trimEnds<T>(pieces: readonly Piece<T>[], isSpace: (character: string) => boolean): Piece<T>[] {
  const result = [...pieces];
  const first = result[0];
  if (first !== undefined && isText(first)) {
    let start = 0;
    while (start < first.length && isSpace(first[start]!)) start++;
    result[0] = first.slice(start);
  }
  const last = result.at(-1);
  if (last !== undefined && isText(last)) {
    let end = last.length;
    while (end > 0 && isSpace(last[end - 1]!)) end--;
    result[result.length - 1] = last.slice(0, end);
  }
  return result.filter((piece) => !isText(piece) || piece !== '');
}
