import { parseNamePattern, type CookieCategory } from '@cookie-ledger/core';
import { httpOnlyMessage, patternMessage } from '../messages.js';
import { groupServices } from '../services.js';
import type { ConsentTargetBuilder } from '../types.js';

/** c15t's five fixed categories: the one each policy category becomes. */
export const C15T_CATEGORIES: Readonly<Record<CookieCategory, string>> = {
  necessary: 'necessary',
  preferences: 'functionality',
  statistics: 'measurement',
  marketing: 'marketing',
};

type Targets = { cookies?: unknown[]; localStorage?: string[]; sessionStorage?: string[] };

/**
 * c15t: `consentCategories` (the categories the policy uses, in c15t's names) and
 * `clearOnRevocation.<category>` with the cookies, localStorage and sessionStorage keys it
 * removes when the category is refused: exact names and prefixes (`'_ga_*'`), a cookie with a
 * declared domain, path or partition as `{ name, domain?, path?, partitioned? }`. Items that need
 * no consent are never cleared, so they are not listed.
 */
export const c15t: ConsentTargetBuilder = {
  build({ policy, warn }) {
    const services = groupServices(policy.cookies, policy.owner);
    const clear: Record<string, Targets> = {};
    for (const service of services.filter((candidate) => candidate.needsConsent)) {
      for (const { cookie, index } of service.items) {
        const category = C15T_CATEGORIES[cookie.category];
        if (category === 'necessary') {
          warn(index, `${String(cookie.name)} asks for consent in the "necessary" category, which c15t never lets the visitor refuse, so nothing clears it. Move it to another category.`);
          continue;
        }
        const pattern = parseNamePattern(cookie.name);
        if (pattern.kind === 'suffix' || pattern.kind === 'regex') {
          warn(index, patternMessage('c15t', cookie, `c15t takes exact names and prefixes ending in "*" only, not ${pattern.kind === 'suffix' ? 'a suffix' : 'a RegExp'}`));
          continue;
        }
        if (cookie.storage === 'indexedDB') {
          warn(index, `${String(cookie.name)} (indexedDB) stays when consent is refused: c15t clears cookies, localStorage and sessionStorage only. Delete the database when "${cookie.category}" is withdrawn (jar.consent.subscribe).`);
          continue;
        }
        const name = cookie.name as string;
        const targets = (clear[category] ??= {});
        if (cookie.storage !== 'cookie') {
          (targets[cookie.storage] ??= []).push(name);
          continue;
        }
        if (cookie.attributes?.httpOnly) {
          warn(index, httpOnlyMessage('c15t', cookie));
          continue;
        }
        const { domain, path, partitioned } = cookie.attributes ?? {};
        const scoped = domain !== undefined || path !== undefined || partitioned;
        (targets.cookies ??= []).push(scoped ? { name, ...(domain === undefined ? {} : { domain }), ...(path === undefined ? {} : { path }), ...(partitioned ? { partitioned } : {}) } : name);
      }
    }
    const consentCategories = [...new Set(services.map((service) => C15T_CATEGORIES[service.category]))];
    return { consentCategories, clearOnRevocation: clear };
  },
};
