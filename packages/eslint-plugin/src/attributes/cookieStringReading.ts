/** A run of a cookie string: known text, or a stand-in (`T`) for text known only at run time. */
export type Piece<T> = string | T;

/** An attribute value that depends on text known only at run time: the run itself when it is the whole value. */
export interface UnknownValue<T> {
  readonly unknown: T | undefined;
}

/**
 * What a browser reads from a cookie string (`document.cookie = s`, a `Set-Cookie` header), as
 * far as it is known: RFC 6265bis section 5.6, with attribute values read as set-cookie-parser
 * reads them. An attribute counts only when its name is known.
 */
export interface CookieStringReading<T> {
  /** The name, trimmed; undefined when the text known only at run time may hold the `=` that ends it. */
  readonly name: readonly Piece<T>[] | undefined;
  readonly value: readonly Piece<T>[];
  /** The last valid `Max-Age`, in seconds (it wins over `Expires`). */
  readonly maxAge?: number | UnknownValue<T>;
  /** The last valid `Expires`, in milliseconds since the epoch. */
  readonly expires?: number | UnknownValue<T>;
  /** `secure`, `httponly`, `partitioned`: the flags the string has. */
  readonly flags: ReadonlySet<string>;
  /** The last `SameSite`, `Domain` and `Path` values, by lowercase name. */
  readonly values: ReadonlyMap<string, readonly Piece<T>[]>;
  /** Whether every attribute's name is known, so an absent flag is known to be off. */
  readonly complete: boolean;
}

/** What a cookie string does: sets the cookie, deletes it (expired), is ignored by browsers, or cannot be told. */
export type CookieStringEffect = 'sets' | 'deletes' | 'ignored' | 'unknown';

/** The attributes whose last value is kept, besides the lifetime. */
export const VALUED_ATTRIBUTES = ['samesite', 'domain', 'path'] as const;
/** The attributes that are flags. */
export const FLAG_ATTRIBUTES = ['secure', 'httponly', 'partitioned'] as const;

// RFC 6265bis 5.6 step 5: a name and value longer than this together are ignored.
const MAX_NAME_VALUE_LENGTH = 4096;

/** Whether a known text makes the whole cookie string ignored: RFC 6265bis 5.6 step 1, a control character other than a tab. */
export function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

/** Whether a name and value of this length are too long to be stored. */
export function isTooLong(knownLength: number): boolean {
  return knownLength > MAX_NAME_VALUE_LENGTH;
}

/** A `Max-Age` value as set-cookie-parser and RFC 6265bis 5.6.2 read it: digits after an optional `-`, else ignored. */
export function parseMaxAge(text: string): number | undefined {
  return /^-?\d+$/.test(text) ? Number.parseInt(text, 10) : undefined;
}

/** An `Expires` value as set-cookie-parser reads it: a date `Date` understands, else ignored. */
export function parseExpires(text: string): number | undefined {
  const time = new Date(text).getTime();
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Whether the string sets its cookie: a `Max-Age` of 0 or less, or else an `Expires` before
 * `now`, deletes it; a lifetime known only at run time, or a name and value that may both turn
 * out empty, cannot be told.
 */
export function getCookieStringEffect<T>(reading: CookieStringReading<T> | undefined, now = Date.now()): CookieStringEffect {
  if (reading === undefined) return 'ignored';
  const expired =
    reading.maxAge !== undefined ? (typeof reading.maxAge === 'number' ? reading.maxAge <= 0 : undefined)
    : reading.expires !== undefined ? (typeof reading.expires === 'number' ? reading.expires < now : undefined)
    : false;
  if (expired === true) return 'deletes';
  const pair = [...(reading.name ?? []), ...reading.value];
  // An empty name and value make the string ignored; a known character rules that out.
  const nonEmpty = reading.name !== undefined && pair.some((piece) => typeof piece === 'string' && piece.trim() !== '');
  return expired === false && nonEmpty ? 'sets' : 'unknown';
}
