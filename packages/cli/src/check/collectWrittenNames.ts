import type { CookieAttributes, StorageKind } from '@cookie-ledger/core';
import type { RecordedWrite } from '@cookie-ledger/eslint-plugin/writes';

/** A name to declare: an exact name, or a `*` pattern for a name known only at one end. */
export interface WrittenName {
  readonly name: string;
  readonly storage: StorageKind;
  /** The longest lifetime its writes set, in seconds, when one of them says. */
  readonly lifetimeSeconds?: number;
  /** The attributes its writes set, each kept only when every write that sets it agrees. */
  readonly attributes?: CookieAttributes;
}

/** The names the writes use, each once, sorted; and the writes of which no part of the name is known. */
export function collectWrittenNames(writes: readonly (RecordedWrite & { readonly file: string })[]): {
  readonly names: WrittenName[];
  readonly unresolved: (RecordedWrite & { readonly file: string })[];
} {
  const names = new Map<string, { name: string; storage: StorageKind; writes: RecordedWrite[] }>();
  const unresolved: (RecordedWrite & { file: string })[] = [];
  for (const write of writes) {
    for (const name of write.names) {
      // A prefix is the more telling end (`_ga_${id}`); a name known only at its end becomes `*end`.
      const declared = name.kind === 'exact' ? name.name : name.kind === 'partial' ? (name.prefix === '' ? `*${name.suffix}` : `${name.prefix}*`) : undefined;
      if (declared === undefined) unresolved.push(write);
      else {
        const key = `${write.storage}\0${declared}`;
        const entry = names.get(key) ?? { name: declared, storage: write.storage, writes: [] };
        entry.writes.push(write);
        names.set(key, entry);
      }
    }
  }
  const sorted = [...names.values()].map(combine).sort((a, b) => a.storage.localeCompare(b.storage) || a.name.localeCompare(b.name));
  return { names: sorted, unresolved };
}

/** What a name's writes say together: the longest lifetime, and the attributes no two writes disagree on. */
function combine({ name, storage, writes }: { name: string; storage: StorageKind; writes: readonly RecordedWrite[] }): WrittenName {
  const lifetimes = writes.map((write) => write.lifetimeSeconds).filter((seconds) => seconds !== undefined);
  const values = new Map<string, Set<unknown>>();
  for (const [key, value] of writes.flatMap((write) => Object.entries(write.attributes ?? {}))) values.set(key, (values.get(key) ?? new Set()).add(value));
  const agreed = Object.fromEntries([...values].filter(([, seen]) => seen.size === 1).map(([key, seen]) => [key, [...seen][0]]));
  return {
    name,
    storage,
    ...(lifetimes.length === 0 ? {} : { lifetimeSeconds: Math.max(...lifetimes) }),
    ...(Object.keys(agreed).length === 0 ? {} : { attributes: agreed as CookieAttributes }),
  };
}
