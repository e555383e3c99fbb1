import { describe, expect, it } from 'vitest';
import rule from '../rules/no-undeclared-storage.js';
import { getIndefiniteArticle } from './storageNouns.js';

describe('the article before a storage description', () => {
  it('reads "An IndexedDB key" and "A localStorage key" in the pattern message', () => {
    const template = rule.meta.messages.undeclaredStoragePattern;
    const say = (what: string): string => template.replace('{{article}}', getIndefiniteArticle(what)).replace('{{what}}', what);
    expect(say('IndexedDB key')).toMatch(/^An IndexedDB key /);
    expect(say('localStorage key')).toMatch(/^A localStorage key /);
    expect(say('sessionStorage key')).toMatch(/^A sessionStorage key /);
  });
});
