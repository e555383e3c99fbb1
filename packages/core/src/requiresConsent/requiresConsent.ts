import type { ConsentExemption, CookieDeclaration } from '../types/declaration.js';

/**
 * The exemption a declaration claims, if any. A `necessary` item that claims nothing is
 * exempt as strictly necessary; `consent: 'required'` always means no exemption.
 */
export function getConsentExemption(declaration: Pick<CookieDeclaration, 'category' | 'consent'>): ConsentExemption | undefined {
  const { consent, category } = declaration;
  if (consent === 'required') return undefined;
  if (consent !== undefined) return consent.exempt;
  return category === 'necessary' ? 'strictly-necessary' : undefined;
}

/**
 * Whether the item may only be set after the visitor consents: always, unless it is
 * `necessary` or claims an exemption (`consent: { exempt: … }`). `consent: 'required'`
 * asks for consent even for a necessary item.
 */
export function requiresConsent(declaration: Pick<CookieDeclaration, 'category' | 'consent'>): boolean {
  return getConsentExemption(declaration) === undefined;
}
