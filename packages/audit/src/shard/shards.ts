import { AuditError } from '../AuditError.js';

/** One shard of a split run: the `index`th (1-based) of `total`. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

/** Reads `--shard i/n` (`2/4`): 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total) {
    throw new AuditError(`--shard "${text}" is not a shard: write i/n with 1 <= i <= n, e.g. --shard 2/4.`);
  }
  return { index, total };
}

/**
 * The URLs shard `index` of `total` audits: the list cut into `total` consecutive runs of
 * nearly equal length, as test runners shard their files, so every shard of every machine
 * agrees without talking to the others. The shards together hold every URL once.
 */
export function selectShard<T>(urls: readonly T[], { index, total }: Shard): T[] {
  const size = Math.floor(urls.length / total);
  const larger = urls.length % total;
  const start = (index - 1) * size + Math.min(index - 1, larger);
  return urls.slice(start, start + size + (index <= larger ? 1 : 0));
}
