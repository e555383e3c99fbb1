import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../validatePolicy/validatePolicy.js';
import { describeCookieNameProblem, getCookieNameProblem } from './getCookieNameProblem.js';

describe('getCookieNameProblem', () => {
  it.each(['sessionid', '__Host-csrf', '_ga_*', "a!#$%&'*+-.^_`|~z", 'Z9'])('accepts the token %j', (name) => {
    expect(getCookieNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['a;b', { character: ';', index: 1, kind: 'separator' }],
    ['c d', { character: ' ', index: 1, kind: 'whitespace' }],
    ['g=h', { character: '=', index: 1, kind: 'separator' }],
    ['tab\there', { character: '\t', index: 3, kind: 'whitespace' }],
    ['nul\u0000', { character: '\u0000', index: 3, kind: 'control character' }],
    ['del\u007f', { character: '\u007f', index: 3, kind: 'control character' }],
    ['café', { character: 'é', index: 3, kind: 'non-ASCII character' }],
    ['{json}', { character: '{', index: 0, kind: 'separator' }],
  ])('finds the first character %j cannot hold', (name, expected) => {
    expect(getCookieNameProblem(name)).toEqual(expected);
  });

  it('says which character, where, and what a name may hold', () => {
    expect(describeCookieNameProblem(getCookieNameProblem('a;b')!)).toBe(
      "contains the separator `;` at position 2; a cookie name may only hold ASCII letters, digits and ! # $ % & ' * + - . ^ _ ` | ~ (an RFC 6265 token)",
    );
    expect(describeCookieNameProblem(getCookieNameProblem('x\u0001')!)).toContain('the control character U+0001 at position 2');
    expect(describeCookieNameProblem(getCookieNameProblem('c d')!)).toContain('contains a space at position 2');
  });
});

describe('validatePolicy on cookie names', () => {
  const policy = (declaration: Record<string, unknown>) => ({ owner: 'Acme', cookies: [{ category: 'necessary', purpose: 'Login', ...declaration }] });

  it('reports a cookie name that is not a token, with the reason', () => {
    expect(validatePolicy(policy({ name: 'c d' }))).toEqual([
      {
        code: 'invalid-cookie-name',
        path: 'cookies[0].name',
        pathSegments: ['cookies', 0, 'name'],
        message: `The cookie name "c d" ${describeCookieNameProblem(getCookieNameProblem('c d')!)}. A browser would refuse or cut such a cookie: write the name as the code sets it, or give the item its \`storage\` if it is not a cookie.`,
      },
    ]);
  });

  it('leaves storage keys and RegExps free', () => {
    expect(validatePolicy(policy({ name: 'user settings; v2', storage: 'localStorage' }))).toEqual([]);
    expect(validatePolicy(policy({ name: 'app db', storage: 'indexedDB' }))).toEqual([]);
    expect(validatePolicy(policy({ name: /^a b$/ }))).toEqual([]);
  });

  it('accepts names that differ only in case (cookie names are case-sensitive)', () => {
    expect(validatePolicy({ owner: 'Acme', cookies: [policy({ name: 'dup' }).cookies[0], policy({ name: 'DUP' }).cookies[0]] })).toEqual([]);
  });
});
