import { getConsentExemption, getDurationAmount, parseNamePattern, requiresConsent, toSeconds, type Duration, type ResolvedCookie } from '@cookie-ledger/core';
import { localize, type RenderContext } from '../RenderContext.js';
import { describeDuration } from '../text/describeDuration.js';
import { describeName } from '../text/describeName.js';
import { getStorageDomain } from '../text/getStorageDomain.js';
import type { PolicyJson, PolicyJsonCookie, PolicyJsonDuration, PolicyJsonMatch } from './PolicyJson.js';
import { isRefreshed } from '../text/isRefreshed.js';

/** The policy as data ({@link PolicyJson}), texts in the document's locale, two-space indented. */
export function renderJson(context: RenderContext): string {
  const { policy } = context;
  const document: PolicyJson = {
    formatVersion: 1,
    owner: policy.owner,
    site: policy.site,
    locale: context.localeCode,
    locales: policy.locales,
    cookies: policy.cookies.map((cookie) => toJsonCookie(cookie, context)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function toJsonCookie(cookie: ResolvedCookie, context: RenderContext): PolicyJsonCookie {
  const { policy } = context;
  const { name, url, privacyPolicy, country } = typeof cookie.provider === 'object' ? cookie.provider : { name: cookie.provider ?? policy.owner };
  const { httpOnly, secure, sameSite, domain, path, partitioned } = cookie.attributes ?? {};
  return {
    name: String(cookie.name),
    nameText: describeName(cookie, context.locale),
    match: toMatch(cookie),
    storage: cookie.storage,
    provider: { name, url, privacyPolicy, country },
    party: cookie.party,
    category: cookie.category,
    consent: requiresConsent(cookie) ? { required: true } : { required: false, exemption: getConsentExemption(cookie) },
    purpose: localize(context, cookie.purpose),
    feature: localize(context, cookie.feature),
    locations: (cookie.locations ?? []).map((location) => localize(context, location)),
    condition: localize(context, cookie.condition),
    duration: cookie.duration === undefined ? undefined : toJsonDuration(cookie.duration, context),
    domain: getStorageDomain(cookie, policy),
    attributes: { httpOnly, secure, sameSite, domain, path, partitioned },
    setBy: cookie.setBy,
    tcf: cookie.tcf && { purposes: [...cookie.tcf.purposes], specialPurposes: [...(cookie.tcf.specialPurposes ?? [])] },
  };
}

function toMatch(cookie: ResolvedCookie): PolicyJsonMatch {
  const pattern = parseNamePattern(cookie.name);
  switch (pattern.kind) {
    case 'exact':
      return { kind: 'exact', value: pattern.name };
    case 'prefix':
      return { kind: 'prefix', value: pattern.prefix };
    case 'suffix':
      return { kind: 'suffix', value: pattern.suffix };
    case 'regex':
      return { kind: 'regex', source: pattern.regex.source, flags: pattern.regex.flags };
    case 'invalid':
      // A validated policy holds no invalid name; an exact match of what was written is the honest reading.
      return { kind: 'exact', value: String(cookie.name) };
  }
}

function toJsonDuration(duration: Duration, context: RenderContext): PolicyJsonDuration {
  const written = getDurationAmount(duration);
  return {
    session: written === undefined,
    seconds: toSeconds(duration),
    unit: written?.unit,
    amount: written?.amount,
    refresh: isRefreshed(duration),
    text: describeDuration(duration, context),
  };
}
