import { type CookieAttributes, type Duration, type StorageKind, describeApproximateSeconds, describeDuration } from '@cookie-ledger/core';
import type { AuditState, SeenItem } from '../types.js';

/** What an item of each storage kind is called in a sentence. */
const KIND_WORDS: Readonly<Record<StorageKind, string>> = {
  cookie: 'cookie',
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  indexedDB: 'IndexedDB database',
};

/** When an item was present, in words. */
const STATE_WORDS: Readonly<Record<AuditState, string>> = {
  'before-consent': 'before the visitor gave consent',
  'after-accept': 'after the visitor accepted',
  'after-reject': 'after the visitor refused consent',
};

type Item = Pick<SeenItem, 'name' | 'storage' | 'domain' | 'initiator' | 'thirdParty'>;

function describeItem(item: Item): string {
  const by = item.initiator === undefined ? '' : `, set by ${item.initiator}`;
  return `the ${item.thirdParty ? 'third-party ' : ''}${KIND_WORDS[item.storage]} "${item.name}" (${item.domain}${by})`;
}

/** An observed lifetime in words (`1 year`, not `31535998 seconds`). */
function describeLifetime(lifetime: number | null): string {
  return lifetime === null ? 'for the session' : describeApproximateSeconds(lifetime);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The message of each finding code: what is wrong, both values when there are two, and what to do. */
export const FINDING_MESSAGES = {
  undeclared: (item: Item) => `${capitalize(describeItem(item))} is not declared in the policy. Declare it, or remove what sets it.`,
  'set-without-consent': (item: Item, state: AuditState, declaration: string) =>
    `${capitalize(describeItem(item))} needs consent (declared as "${declaration}") but is present ${STATE_WORDS[state]}. Set it only once consent is given.`,
  'lifetime-longer': (item: Item, lifetime: number | null, declared: Duration, declaration: string) =>
    `${capitalize(describeItem(item))} lives ${describeLifetime(lifetime)}; declared ${describeDuration(declared)} ("${declaration}"). Shorten it, or declare its real duration.`,
  'attributes-differ': (item: Item, attribute: keyof CookieAttributes, actual: unknown, declared: unknown, declaration: string) =>
    `${capitalize(describeItem(item))} has ${attribute}: ${String(actual ?? '(not set)')}; declared ${attribute}: ${String(declared)} ("${declaration}"). Set it as declared, or correct the declaration's attributes.`,
  'wrong-storage': (item: Item, declaredStorage: StorageKind, declaration: string) =>
    `${capitalize(describeItem(item))} is declared as a ${KIND_WORDS[declaredStorage]} ("${declaration}"), not a ${KIND_WORDS[item.storage]}. Correct the declaration's storage.`,
  'not-seen': (declaration: string, storage: StorageKind) =>
    `Nothing the browser stored matched the declaration "${declaration}" (${KIND_WORDS[storage]}) in any state. It may be stale, or set only on pages or after actions the audit did not reach.`,
} as const;
