import type { ResolvedCookie } from '@cookie-ledger/core';
import { showName } from './patterns.js';

// One wording per thing a target cannot express, so that every target says it the same way.

/** An httpOnly cookie that needs consent: no script in the page can delete it. */
export function httpOnlyMessage(target: string, cookie: ResolvedCookie): string {
  return `${showName(cookie.name)} is httpOnly: no script in the page can delete it, so ${target} cannot clear it when consent is refused. Expire it from the server (serializeCookie) when the visitor's choice refuses "${cookie.category}".`;
}

/** An item stored where the target does not look. */
export function storageMessage(target: string, cookie: ResolvedCookie, needsConsent: boolean): string {
  const what = `${showName(cookie.name)} (${cookie.storage})`;
  return needsConsent
    ? `${what} stays when consent is refused: ${target} clears cookies only. Write it through @cookie-ledger/runtime's jar, which removes it when "${cookie.category}" is withdrawn.`
    : `${what} is not in the config: ${target} lists cookies only.`;
}

/** A name pattern the target cannot hold. */
export function patternMessage(target: string, cookie: ResolvedCookie, why: string): string {
  return `${showName(cookie.name)} is left out of the config: ${why}. Declare the exact names ${target} should ${cookie.storage === 'cookie' ? 'clear' : 'remove'}, or clear them with @cookie-ledger/runtime's jar.`;
}
