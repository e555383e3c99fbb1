import type { ResolvedCookie } from '@cookie-ledger/core';

/** Whether some of the items are browser storage (local or session storage, IndexedDB) rather than cookies. */
export function holdsStorage(cookies: readonly Pick<ResolvedCookie, 'storage'>[]): boolean {
  return cookies.some((cookie) => cookie.storage !== 'cookie');
}
