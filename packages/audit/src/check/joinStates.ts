import type { StoredItem } from '../record/StateRecorder.js';
import { AUDIT_STATES, type AuditState, type SeenItem } from '../types.js';

/** The key that makes two observations the same item: kind, name, domain and (for cookies) path. */
export function itemKey(item: Pick<SeenItem, 'storage' | 'name' | 'domain' | 'path'>): string {
  return [item.storage, item.name, item.domain, item.path ?? ''].join('\0');
}

/**
 * Joins what each state stored into one list of seen items, each with the states it was
 * present in and the first page of each; attributes and initiator from the first state that
 * has them. Items appear in the order first seen.
 */
export function joinStates(byState: ReadonlyMap<AuditState, readonly StoredItem[]>): SeenItem[] {
  const seen = new Map<string, SeenItem>();
  for (const state of AUDIT_STATES) {
    for (const item of byState.get(state) ?? []) {
      const key = itemKey(item);
      const known = seen.get(key);
      seen.set(key, known ? withState(known, state, item.url, item.initiator) : { ...item, states: [state], pages: { [state]: item.url } });
    }
  }
  return [...seen.values()];
}

/** `item`, also present in `state` (first on `url`); states stay in the order of {@link AUDIT_STATES}. */
export function withState(item: SeenItem, state: AuditState, url: string, initiator: string | undefined): SeenItem {
  const states = AUDIT_STATES.filter((candidate) => candidate === state || item.states.includes(candidate));
  return {
    ...item,
    states,
    pages: { [state]: url, ...item.pages },
    ...(item.initiator === undefined && initiator !== undefined ? { initiator } : {}),
  };
}
