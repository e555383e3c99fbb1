import { describe, expect, it } from 'vitest';
import { en, fr } from '../locales/index.js';
import { describeName } from './describeName.js';

describe('describeName', () => {
  it('writes exact names as they are', () => {
    expect(describeName({ name: 'sessionid', storage: 'cookie' }, en)).toBe('sessionid');
  });

  it('writes patterns in words, in the locale', () => {
    expect(describeName({ name: '_ga_*', storage: 'cookie' }, en)).toBe('any cookie starting with _ga_');
    expect(describeName({ name: '*_id', storage: 'cookie' }, en)).toBe('any cookie ending with _id');
    expect(describeName({ name: /^_pk_id\./i, storage: 'cookie' }, en)).toBe('any cookie matching /^_pk_id\\./i');
    expect(describeName({ name: '_ga_*', storage: 'cookie' }, fr)).toBe('tout cookie commençant par _ga_');
    expect(describeName({ name: '*_id', storage: 'cookie' }, fr)).toBe('tout cookie se terminant par _id');
  });

  it('names the storage the pattern covers', () => {
    expect(describeName({ name: 'tip_*', storage: 'localStorage' }, en)).toBe('any local storage key starting with tip_');
    expect(describeName({ name: 'tip_*', storage: 'localStorage' }, fr)).toBe('toute clé du stockage local commençant par tip_');
  });
});
