import type { StorageKind } from '@cookie-ledger/core';
import type { RecordedWrite } from '@cookie-ledger/eslint-plugin/writes';

/** A name to declare: an exact name, or a `*` pattern for a name known only at one end. */
export interface WrittenName {
  readonly name: string;
  readonly storage: StorageKind;
}

/** The names the writes use, each once, sorted; and the writes of which no part of the name is known. */
export function collectWrittenNames(writes: readonly (RecordedWrite & { readonly file: string })[]): {
  readonly names: WrittenName[];
  readonly unresolved: (RecordedWrite & { readonly file: string })[];
} {
  const names = new Map<string, WrittenName>();
  const unresolved: (RecordedWrite & { file: string })[] = [];
  for (const write of writes) {
    for (const name of write.names) {
      // A prefix is the more telling end (`_ga_${id}`); a name known only at its end becomes `*end`.
      const declared = name.kind === 'exact' ? name.name : name.kind === 'partial' ? (name.prefix === '' ? `*${name.suffix}` : `${name.prefix}*`) : undefined;
      if (declared === undefined) unresolved.push(write);
      else names.set(`${write.storage}\0${declared}`, { name: declared, storage: write.storage });
    }
  }
  const sorted = [...names.values()].sort((a, b) => a.storage.localeCompare(b.storage) || a.name.localeCompare(b.name));
  return { names: sorted, unresolved };
}
