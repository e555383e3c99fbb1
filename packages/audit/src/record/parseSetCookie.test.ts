import { describe, expect, it } from 'vitest';
import { parseSetCookie } from './parseSetCookie.js';
import { siteOf } from './siteOf.js';

describe('parseSetCookie', () => {
  it('reads the name and the Domain attribute without its dot', () => {
    expect(parseSetCookie('sid=abc; Path=/; Domain=.Example.com; HttpOnly')).toEqual({ name: 'sid', domain: 'example.com' });
    expect(parseSetCookie(' lang = en ; Max-Age=60')).toEqual({ name: 'lang' });
  });

  it('ignores a header without a name-value pair', () => {
    expect(parseSetCookie('HttpOnly')).toBeUndefined();
  });
});

describe('siteOf', () => {
  it.each([
    ['www.example.com', 'example.com'],
    ['.ads.example.co.uk', 'example.co.uk'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s belongs to %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });
});
