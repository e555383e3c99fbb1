import type { ResolvedCookie, StorageKind } from '@cookie-ledger/core';
import type { DocgenLocale } from '../locales/DocgenLocale.js';
import type { RenderContext } from '../RenderContext.js';
import { describeDuration } from './describeDuration.js';

/**
 * How long browser storage declared without a duration lasts: web storage and IndexedDB have
 * no expiry, so local storage and IndexedDB last until the visitor clears them and session
 * storage until the tab is closed. A cookie without a duration has no such answer.
 */
const UNDECLARED_LIFETIME: Readonly<Record<StorageKind, keyof DocgenLocale['durations'] | undefined>> = {
  cookie: undefined,
  localStorage: 'untilCleared',
  indexedDB: 'untilCleared',
  sessionStorage: 'untilTabClosed',
};

/** An item's lifetime in words: its declared duration, else how long its kind of storage keeps it, else empty. */
export function describeLifetime(cookie: Pick<ResolvedCookie, 'duration' | 'storage'>, context: RenderContext): string {
  if (cookie.duration !== undefined) return describeDuration(cookie.duration, context);
  const words = UNDECLARED_LIFETIME[cookie.storage];
  return words === undefined ? '' : context.locale.durations[words];
}
