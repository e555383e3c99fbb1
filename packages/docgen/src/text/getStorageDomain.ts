import type { CookiePolicy, ResolvedCookie } from '@cookie-ledger/core';

/**
 * The domain an item is stored for: the cookie's `Domain` attribute (without its leading dot),
 * else the host of the policy's site (host-only cookies and web storage live there), else
 * undefined.
 */
export function getStorageDomain(cookie: ResolvedCookie, policy: Pick<CookiePolicy, 'site'>): string | undefined {
  const declared = cookie.storage === 'cookie' ? cookie.attributes?.domain : undefined;
  if (declared) return declared.replace(/^\./, '');
  if (policy.site === undefined) return undefined;
  try {
    return new URL(policy.site).hostname || undefined;
  } catch {
    return undefined;
  }
}
