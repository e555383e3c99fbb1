import { getProviderName, requiresConsent, type CookieCategory, type ResolvedCookie } from '@cookie-ledger/core';

/** Declarations grouped as consent managers list them: one service per provider, category and need for consent. */
export interface ConsentService {
  /** `acme-statistics`: lowercase letters, digits and dashes, unique in the policy. */
  readonly key: string;
  readonly provider: string;
  readonly category: CookieCategory;
  readonly needsConsent: boolean;
  /** The declarations, each with its index in `policy.cookies`. */
  readonly items: readonly { readonly cookie: ResolvedCookie; readonly index: number }[];
}

/**
 * The policy's declarations as services, in declaration order. The provider is the policy's
 * owner when a declaration names none. Exempt items are a service of their own, so that a
 * banner never asks consent for them nor clears them.
 */
export function groupServices(cookies: readonly ResolvedCookie[], owner: string): ConsentService[] {
  const services = new Map<string, ConsentService & { items: { cookie: ResolvedCookie; index: number }[] }>();
  cookies.forEach((cookie, index) => {
    const provider = getProviderName(cookie.provider) ?? owner;
    const needsConsent = requiresConsent(cookie);
    const exempt = !needsConsent && cookie.category !== 'necessary';
    const key = [slug(provider), cookie.category, exempt ? 'exempt' : ''].filter(Boolean).join('-');
    let service = services.get(key);
    if (!service) services.set(key, (service = { key, provider, category: cookie.category, needsConsent, items: [] }));
    service.items.push({ cookie, index });
  });
  return [...services.values()];
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'site';
}
