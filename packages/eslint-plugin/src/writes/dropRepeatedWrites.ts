import type { CookieWrite } from './cookieWrite.js';

/**
 * The same write found twice is reported once: a hook that writes the same name from two places
 * (`save` and `saveNow`) is one write at its call, and an options object is read both by its
 * declared type and by the call that takes it. Places that give different options stay apart
 * (each is checked against the declaration).
 */
export function dropRepeatedWrites(writes: readonly CookieWrite[]): CookieWrite[] {
  const seen = new Set<string>();
  return writes.filter((write) => {
    const key = JSON.stringify([write.node.range, write.family.id, write.storage, write.names, write.options?.object?.range, write.cookieString?.range, write.options ? [...(write.options.positional?.values() ?? [])].map((node) => node.range) : []]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
