import type { Duration } from '@cookie-ledger/core';

/** Whether the item's expiry is renewed each time it is written again (on each visit). */
export function isRefreshed(duration: Duration): boolean {
  return duration !== 'session' && 'refresh' in duration && duration.refresh === true;
}
