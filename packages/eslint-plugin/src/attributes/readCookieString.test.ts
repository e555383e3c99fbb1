// Cookie strings as the plugin reads them, against set-cookie-parser's reading: generated
// strings, read whole and with parts known only at run time, with zero disagreement.
import { parseSetCookie } from 'set-cookie-parser';
import { describe, expect, it } from 'vitest';
import { getCookieStringName } from '../names/cookieString.js';
import { UNKNOWN, type StringShape } from '../names/stringShape.js';
import { getCookieStringEffect, hasControlCharacter } from './cookieStringReading.js';
import { readCookieString, readCookieStringParts } from './readCookieString.js';

const NOW = Date.now();

/** What the library says a string does: the name it sets, or undefined when it sets nothing. */
function libraryReading(text: string): string | undefined {
  // The steps of RFC 6265bis 5.6 set-cookie-parser leaves to its callers.
  if ([...text].some((character) => (character < ' ' && character !== '\t') || character === '\u007f')) return undefined;
  const [cookie] = parseSetCookie(text, { decodeValues: false, split: false, silent: true });
  if (cookie === undefined || cookie.name.length + cookie.value.length > 4096) return undefined;
  const expired = cookie.maxAge === undefined ? cookie.expires !== undefined && cookie.expires.getTime() < NOW : cookie.maxAge <= 0;
  return expired ? undefined : cookie.name;
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['sid', '_ga', '__Host-csrf', 'a.b-c', 'eyJhbGciOi', 'dup', 'DUP', '', ' lead', 'trail ', 'tab\tin', 'ctl\u0001', 'del\u007f', 'nb\u00a0sp', 'é'];
const VALUES = ['1', '', 'abc', ' spaced ', 'a=b', '%20', '"quoted"', 'x,y', 'nul\u0000', 'x'.repeat(4100)];
const ATTRIBUTES: readonly (readonly [string, readonly (string | undefined)[]])[] = [
  ['Max-Age', ['60', '0', '-1', ' 60', '60s', '', '+5', '007', '-0', '1e3', ' 0 ']],
  ['max-age', ['3600', '0']],
  ['MAX-AGE ', ['-5', '10']],
  ['Expires', ['Thu, 01 Jan 1970 00:00:00 GMT', 'Fri, 31 Dec 9999 23:59:59 GMT', 'yesterday', '0', '2020-01-01', 'Wed, 21 Oct 2015 07:28:00 GMT', '']],
  ['expires', ['Sat, 01 Jan 2033 00:00:00 GMT']],
  ['Path', ['/', '/app']],
  ['Domain', ['example.com', '.example.com']],
  ['SameSite', ['Lax', 'Strict', 'None']],
  ['Secure', [undefined]],
  ['HttpOnly', [undefined]],
  ['Partitioned', [undefined]],
  ['\u00a0Max-Age', ['0']],
  ['foo', ['bar', undefined]],
  ['', [undefined]],
];
const SEPARATORS = [';', '; ', ' ;', ';\t', ';  '];

/** One generated string, as spans; a span marked `hole` may stand for a run known only at run time. */
type Span = { readonly text: string; readonly hole: boolean };

function generate(next: () => number): Span[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const spans: Span[] = [];
  const name = pick(NAMES);
  const value = next() < 0.9 ? pick(VALUES.slice(0, -1)) : pick(VALUES);
  const form = next();
  // A run known only at run time stands for a name or a value as code writes them (see readCookieString).
  const holeable = (text: string) => text !== '' && !hasControlCharacter(text) && text.length < 4096;
  if (form < 0.8) spans.push({ text: name, hole: holeable(name) && !name.startsWith(' ') }, { text: '=', hole: false }, { text: value, hole: holeable(value) });
  else if (form < 0.9) spans.push({ text: value, hole: false });
  else spans.push({ text: '=', hole: false }, { text: value, hole: holeable(value) });
  const count = Math.floor(next() * 5);
  for (let index = 0; index < count; index++) {
    const [key, values] = pick(ATTRIBUTES);
    const attribute = pick(values);
    spans.push({ text: `${pick(SEPARATORS)}${key}`, hole: false });
    if (attribute !== undefined) spans.push({ text: `=${next() < 0.2 ? ' ' : ''}`, hole: false }, { text: attribute, hole: holeable(attribute) });
  }
  return spans;
}

/** Whether a concrete name is one a shape allows. */
function matchesShape(shape: StringShape, name: string): boolean {
  const source = shape.map((part) => (part === UNKNOWN ? '[^]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`).test(name);
}

describe('reading cookie strings', () => {
  it.each([
    ['eyJhbGciOi;  Max-Age= 60s', ['']],
    ['a=b; Expires=Thu, 01 Jan 1970 00:00:00 GMT', undefined],
    ['a=b; Max-Age=0; Max-Age=60', ['a']],
    ['a=b; Max-Age=60; Max-Age=0', undefined],
    ['a=b; Max-Age=0; Max-Age=soon', undefined],
    ['a=b; Max-Age=60; Expires=Thu, 01 Jan 1970 00:00:00 GMT', ['a']],
    ['a\u0001b=c', undefined],
    [' sid = 1 ; Path=/', ['sid']],
    ['constructor=1', ['constructor']],
    ['=', undefined],
    ['a=1, b=2', ['a']],
  ])('reads %j as a write of %j', (text, expected) => {
    expect(getCookieStringName([text])).toEqual(expected);
  });

  it('reads the known parts by RFC 6265bis when the rest is known only at run time', () => {
    expect(getCookieStringName(['sid=', UNKNOWN, '; Max-Age=0'])).toBeUndefined();
    expect(getCookieStringName([UNKNOWN, '=1; Max-Age=', UNKNOWN])).toEqual([UNKNOWN]);
    expect(getCookieStringName(['_ga_', UNKNOWN, '=1; Path=/'])).toEqual(['_ga_', UNKNOWN]);
    expect(getCookieStringName(['a=', UNKNOWN, '; Max-Age=', UNKNOWN, '; Max-Age=0'])).toBeUndefined();
    expect(getCookieStringName(['a=', UNKNOWN, '; Max-Age=0; ', UNKNOWN])).toBeUndefined();
    expect(getCookieStringName([UNKNOWN])).toEqual([UNKNOWN]);
    expect(readCookieString(['a=1; ', UNKNOWN])?.complete).toBe(false);
  });

  it('agrees with set-cookie-parser on 5,000 generated strings, read whole and in parts', () => {
    const next = random(6265);
    const tally = { sets: 0, setsNothing: 0, partial: 0, undecided: 0, disagreements: [] as string[] };
    for (let round = 0; round < 5000; round++) {
      const spans = generate(next);
      const text = spans.map((span) => span.text).join('');
      const expected = libraryReading(text);
      if (expected === undefined) tally.setsNothing++;
      else tally.sets++;

      const whole = getCookieStringName([text]);
      if ((whole === undefined) !== (expected === undefined) || (whole && whole.join('') !== expected)) tally.disagreements.push(`whole ${JSON.stringify(text)}`);
      // Our own RFC reading of the same text, split where the generator joined it, must say the same.
      const parts = readCookieStringParts(spans.map((span) => span.text));
      const partsName = getCookieStringEffect(parts, NOW) === 'sets' ? parts!.name!.join('') : undefined;
      if (partsName !== expected) tally.disagreements.push(`parts ${JSON.stringify(text)}`);

      const holes = spans.map((span) => span.hole && next() < 0.35);
      if (!holes.includes(true)) continue;
      tally.partial++;
      const shape: (string | null)[] = spans.map((span, index) => (holes[index] ? UNKNOWN : span.text));
      const reading = readCookieString(shape);
      const effect = getCookieStringEffect(reading, NOW);
      const name = getCookieStringName(shape);
      if (effect === 'unknown') tally.undecided++;
      const wrong =
        effect === 'sets' ? expected === undefined || !matchesShape(name!, expected)
        : effect === 'unknown' ? expected !== undefined && !matchesShape(name!, expected)
        : expected !== undefined;
      if (wrong) tally.disagreements.push(`${effect} ${JSON.stringify(shape)} (whole: ${JSON.stringify(text)})`);
    }
    expect(tally.disagreements).toEqual([]);
    // The generated strings exercise both outcomes, and most partial strings are decided.
    expect(tally.sets).toBeGreaterThan(1000);
    expect(tally.setsNothing).toBeGreaterThan(1000);
    expect(tally.undecided).toBeLessThan(tally.partial / 2);
  });
});
