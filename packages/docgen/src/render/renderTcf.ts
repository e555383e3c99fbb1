import { parseNamePattern, requiresConsent, toSeconds, type ResolvedCookie } from '@cookie-ledger/core';
import { TcfExportError, type TcfProblem } from '../errors.js';
import { localize, type RenderContext } from '../RenderContext.js';
import { getStorageDomain } from '../text/getStorageDomain.js';
import { isRefreshed } from '../text/isRefreshed.js';

/** One item of the IAB TCF "Vendor Device Storage & Operational Disclosures" file. */
export interface TcfDisclosure {
  readonly identifier: string;
  readonly type: 'cookie' | 'web';
  /** Seconds; 0 for a session cookie; null for anything but a cookie. */
  readonly maxAgeSeconds: number | null;
  /** Cookies only: whether the cookie is written again (its expiry renewed) on later visits. */
  readonly cookieRefresh?: boolean;
  readonly domains: readonly string[];
  readonly purposes: readonly number[];
  readonly specialPurposes: readonly number[];
  readonly description: string;
}

/** The whole TCF device-storage disclosure file. */
export interface TcfDeviceStorageDisclosure {
  readonly disclosures: readonly TcfDisclosure[];
  readonly domains: readonly { readonly domain: string }[];
}

/** The TCF purpose "Store and/or access information on a device": declared exactly when consent is required. */
const STORE_AND_ACCESS_PURPOSE = 1;

/**
 * The IAB TCF device-storage disclosure (spec 1.1). Throws {@link TcfExportError} listing every
 * declaration the format cannot express.
 */
export function renderTcf(context: RenderContext): string {
  const problems: TcfProblem[] = [];
  const disclosures: TcfDisclosure[] = [];
  context.policy.cookies.forEach((cookie, index) => {
    const reasons = getTcfProblems(cookie, context);
    if (reasons.length > 0) problems.push(...reasons.map((reason) => ({ index, name: String(cookie.name), reason })));
    else disclosures.push(toDisclosure(cookie, context));
  });
  if (problems.length > 0) throw new TcfExportError(problems);
  const domains = [...new Set(disclosures.flatMap((disclosure) => disclosure.domains))].map((domain) => ({ domain }));
  const file: TcfDeviceStorageDisclosure = { disclosures, domains };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why the format cannot express a declaration (none when it can). */
function getTcfProblems(cookie: ResolvedCookie, context: RenderContext): string[] {
  const reasons: string[] = [];
  if (parseNamePattern(cookie.name).kind === 'regex') {
    reasons.push('a RegExp name has no TCF form: an identifier is an exact name or a name with `*` at its start or end; declare the name as such a pattern');
  }
  if (cookie.storage === 'cookie' && cookie.duration === undefined) {
    reasons.push('a cookie disclosure needs maxAgeSeconds: declare a duration');
  }
  if (getStorageDomain(cookie, context.policy) === undefined) {
    reasons.push("a disclosure needs its domains: set the cookie's attributes.domain or the policy's site");
  }
  return reasons;
}

function toDisclosure(cookie: ResolvedCookie, context: RenderContext): TcfDisclosure {
  const isCookie = cookie.storage === 'cookie';
  const declared = (cookie.tcf?.purposes ?? []).filter((purpose) => purpose !== STORE_AND_ACCESS_PURPOSE);
  const purposes = requiresConsent(cookie) ? [STORE_AND_ACCESS_PURPOSE, ...declared] : declared;
  const duration = cookie.duration ?? 'session';
  return {
    identifier: String(cookie.name),
    type: isCookie ? 'cookie' : 'web',
    maxAgeSeconds: isCookie ? toSeconds(duration) : null,
    cookieRefresh: isCookie ? isRefreshed(duration) : undefined,
    domains: [getStorageDomain(cookie, context.policy)!],
    purposes: [...new Set(purposes)].sort((a, b) => a - b),
    specialPurposes: [...new Set(cookie.tcf?.specialPurposes ?? [])].sort((a, b) => a - b),
    description: localize(context, cookie.purpose),
  };
}
