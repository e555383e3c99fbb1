import { describe, expect, it } from 'vitest';
import { getNamePatternProblem, matchesName, parseNamePattern } from './parseNamePattern.js';
import { createNameMatcher } from './createNameMatcher.js';

describe('parseNamePattern', () => {
  it.each([
    ['sessionid', { kind: 'exact', name: 'sessionid' }],
    ['_ga_*', { kind: 'prefix', prefix: '_ga_' }],
    ['*_id', { kind: 'suffix', suffix: '_id' }],
    ['__Host-*', { kind: 'prefix', prefix: '__Host-' }],
    ['a.b-c', { kind: 'exact', name: 'a.b-c' }],
    ['*', { kind: 'invalid', reason: 'wildcard-only' }],
    ['**', { kind: 'invalid', reason: 'wildcard-only' }],
    ['', { kind: 'invalid', reason: 'empty' }],
    ['_ga_*_x', { kind: 'invalid', reason: 'wildcard-inside' }],
    ['*_ga_*', { kind: 'invalid', reason: 'wildcard-inside' }],
    ['_ga**', { kind: 'invalid', reason: 'wildcard-inside' }],
  ])('reads %j', (name, expected) => {
    expect(parseNamePattern(name)).toEqual(expected);
  });

  it('keeps a RegExp, dropping the flags that make test() stateful', () => {
    const pattern = parseNamePattern(/^_ga_\d+$/gi);
    expect(pattern).toMatchObject({ kind: 'regex' });
    if (pattern.kind !== 'regex') throw new Error('unreachable');
    expect(pattern.regex.flags).toBe('i');
    expect([matchesName(pattern, '_GA_1'), matchesName(pattern, '_ga_2'), matchesName(pattern, '_ga_x')]).toEqual([true, true, false]);
  });

  it('reports no problem for names with dots, dashes and cookie prefixes', () => {
    expect(['a.b', 'x-y', '__Host-id', '__Secure-*', '*.sig'].map(getNamePatternProblem)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('matchesName', () => {
  it('treats dots and dashes literally', () => {
    const pattern = parseNamePattern('session.sig');
    expect(matchesName(pattern, 'session.sig')).toBe(true);
    expect(matchesName(pattern, 'sessionxsig')).toBe(false);
  });

  it('lets * match the empty run too, as the TCF format does', () => {
    expect(matchesName(parseNamePattern('_ga_*'), '_ga_')).toBe(true);
    expect(matchesName(parseNamePattern('*_id'), '_id')).toBe(true);
  });

  it('matches cookie-prefixed names only when the prefix is written', () => {
    expect(matchesName(parseNamePattern('__Host-*'), '__Host-csrf')).toBe(true);
    expect(matchesName(parseNamePattern('csrf'), '__Host-csrf')).toBe(false);
    expect(matchesName(parseNamePattern('*-csrf'), '__Secure-csrf')).toBe(true);
  });
});

describe('createNameMatcher', () => {
  const declarations = [
    { name: /^_ga/ as RegExp | string, category: 'regex' },
    { name: '_ga*', category: 'short prefix' },
    { name: '_ga_*', category: 'long prefix' },
    { name: '_ga_exact', category: 'exact' },
    { name: '*_exact', category: 'suffix' },
    { name: 'theme', category: 'local', storage: 'localStorage' as const },
  ];
  const match = createNameMatcher(declarations);

  it('prefers an exact name, then the longest fixed part, then a RegExp', () => {
    expect(match('_ga_exact')?.category).toBe('exact');
    expect(match('_ga_123')?.category).toBe('long prefix');
    expect(match('_gaX')?.category).toBe('short prefix');
    expect(createNameMatcher([declarations[0]!])('_gaX')?.category).toBe('regex');
  });

  it('breaks ties between equally specific patterns by declaration order', () => {
    const tie = createNameMatcher([
      { name: 'ab*', tag: 1 },
      { name: '*yz', tag: 2 },
    ]);
    expect(tie('abyz')?.tag).toBe(1);
  });

  it('returns undefined when nothing covers the name', () => {
    expect(match('nope')).toBeUndefined();
  });

  it('looks only at the asked storage kind, cookies by default', () => {
    expect(match('theme')).toBeUndefined();
    expect(match('theme', 'localStorage')?.category).toBe('local');
    expect(match('_ga_1', 'localStorage')).toBeUndefined();
  });
});
