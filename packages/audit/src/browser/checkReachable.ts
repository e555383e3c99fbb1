import { AuditError } from '../AuditError.js';

/** How long a start URL may take to answer the check. */
const REACH_TIMEOUT_MS = 15_000;

/**
 * Checks that each start URL answers at all (any HTTP status will do) before a browser is
 * started for it: a refused connection, an unknown host or a timeout is an {@link AuditError}
 * naming the URL.
 */
export async function checkReachable(urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    try {
      const response = await fetch(url, { method: 'GET', redirect: 'manual', signal: AbortSignal.timeout(REACH_TIMEOUT_MS) });
      await response.body?.cancel();
    } catch (error) {
      const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new AuditError(`Cannot reach ${url}: ${reason}. Check that the site is up and the URL is right.`, { cause: error });
    }
  }
}
