import { describe, expect, it } from 'vitest';
import { findClosest, getEditDistance } from './findClosest.js';

describe('findClosest', () => {
  it('finds the likely typo target, ignoring case', () => {
    expect(findClosest('polcy', ['policy', 'sinks', 'typeAware'])).toBe('policy');
    expect(findClosest('typeaware', ['policy', 'sinks', 'typeAware'])).toBe('typeAware');
    expect(findClosest('cookie.ts', ['app.ts', 'cookies.ts'])).toBe('cookies.ts');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(findClosest('rules', ['policy', 'sinks', 'typeAware'])).toBeUndefined();
    expect(findClosest('ab', ['xy'])).toBeUndefined();
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(getEditDistance('kitten', 'sitting')).toBe(3);
    expect(getEditDistance('', 'abc')).toBe(3);
  });
});
