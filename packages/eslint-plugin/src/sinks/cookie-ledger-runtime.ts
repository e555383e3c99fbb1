import { callOf, importedFrom, memberOf } from './shapes.js';
import type { SinkFamily } from './types.js';

const jar = callOf(importedFrom('@cookie-ledger/runtime', 'createCookieJar'));

/**
 * @cookie-ledger/runtime: `jar.set(name, value)` on a jar from `createCookieJar(policy)`, which
 * stores the item where its declaration says, and `serializeCookie(policy, name, value)`, whose
 * `Set-Cookie` string names the cookie where it is written. Both take their lifetime and
 * attributes from the declaration, so there are no options to compare.
 */
export const cookieLedgerRuntime: SinkFamily = {
  id: 'cookie-ledger-runtime',
  description: "@cookie-ledger/runtime (`createCookieJar(policy).set(name)`, `serializeCookie(policy, name)`)",
  storageFromPolicy: true,
  triggers: ['createCookieJar', 'serializeCookie'],
  sinks: [
    { kind: 'call', callee: memberOf(jar, 'set'), name: { argument: 0 } },
    { kind: 'serializer', callee: importedFrom('@cookie-ledger/runtime', 'serializeCookie'), name: { argument: 1 } },
  ],
};
