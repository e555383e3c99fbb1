import { describe, expect, it } from 'vitest';
import { AuditError } from '../AuditError.js';
import { parseShard, selectShard } from './shards.js';

describe('parseShard and selectShard', () => {
  it('cuts the URLs into consecutive runs of nearly equal length that together hold each URL once', () => {
    const urls = Array.from({ length: 10 }, (_, index) => `https://example.com/${index}`);
    const shards = [1, 2, 3].map((index) => selectShard(urls, parseShard(`${index}/3`)));
    expect(shards.map((shard) => shard.length)).toEqual([4, 3, 3]);
    expect(shards.flat()).toEqual(urls);
  });

  it('gives an empty shard when there are more shards than URLs', () => {
    expect(selectShard(['a'], parseShard('2/2'))).toEqual([]);
  });

  it.each(['0/2', '3/2', '1/0', 'two', '1-2'])('refuses %s', (text) => {
    expect(() => parseShard(text)).toThrow(AuditError);
    expect(() => parseShard(text)).toThrow(/write i\/n with 1 <= i <= n/);
  });
});
