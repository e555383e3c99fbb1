import { parseNamePattern, type CookieCategory, type ProviderInfo } from '@cookie-ledger/core';
import { httpOnlyMessage, patternMessage, storageMessage } from '../messages.js';
import { groupServices } from '../services.js';
import type { ConsentTargetBuilder } from '../types.js';

/** The tarteaucitron service `type` of each category (its fixed list: ads, analytic, api, comment, other, social, support, video). */
const TYPES: Readonly<Record<CookieCategory, string>> = { necessary: 'other', preferences: 'other', statistics: 'analytic', marketing: 'ads' };

// tarteaucitron pastes a name into a RegExp when it purges: these characters change what it finds.
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/;

/**
 * tarteaucitron.js: one entry of `services` per provider and category (`key`, `type`, `name`,
 * `uri`, `needConsent`, `cookies`), exact cookie names only. Purging uses `path=/` on the host and
 * its parent domains, so another declared path is a warning. In module output, `addServices`
 * registers them (with the `js` and `fallback` hooks tarteaucitron calls) after
 * `tarteaucitron.init`.
 */
export const tarteaucitron: ConsentTargetBuilder = {
  build({ policy, locales, warn }) {
    const { context } = locales[0]!;
    const services = groupServices(policy.cookies, policy.owner).map((service) => {
      const key = service.key.replace(/-/g, '_');
      const provider = service.items.map(({ cookie }) => cookie.provider).find((candidate): candidate is ProviderInfo => typeof candidate === 'object');
      const cookies = service.items.flatMap(({ cookie, index }) => {
        if (cookie.storage !== 'cookie') return warn(index, storageMessage('tarteaucitron', cookie, service.needsConsent)), [];
        if (parseNamePattern(cookie.name).kind !== 'exact') return warn(index, patternMessage('tarteaucitron', cookie, 'tarteaucitron takes exact cookie names only')), [];
        if (cookie.attributes?.httpOnly && service.needsConsent) return warn(index, httpOnlyMessage('tarteaucitron', cookie)), [];
        const name = cookie.name as string;
        if (REGEX_SPECIAL.test(name)) warn(index, `"${name}": tarteaucitron reads the name as a RegExp when it purges, so "${name}" may be missed or another cookie removed. Rename the cookie if you can.`);
        if ((cookie.attributes?.path ?? '/') !== '/') warn(index, `"${name}" has path "${cookie.attributes?.path}", but tarteaucitron purges with path=/ only: it stays when consent is refused. Remove it with @cookie-ledger/runtime's jar.`);
        return [name];
      });
      return [
        key,
        {
          key,
          type: TYPES[service.category],
          name: `${service.provider} (${context.locale.categories[service.category].name})`,
          uri: provider?.privacyPolicy ?? provider?.url ?? '',
          needConsent: service.needsConsent,
          cookies,
          readmoreLink: '',
        },
      ];
    });
    return { services: Object.fromEntries(services) };
  },
  moduleSuffix: `
/**
 * Adds the services to tarteaucitron and its job list; call it after tarteaucitron.init(…).
 * tarteaucitron calls a service's js() when the visitor allows it and fallback() when not:
 * load the service's tag in js, or pass hooks of your own.
 */
export function addServices(tarteaucitron, hooks = {}) {
  for (const service of Object.values(config.services)) {
    const { js = () => {}, fallback = () => {} } = hooks[service.key] ?? {};
    tarteaucitron.services[service.key] = { ...service, js, fallback };
    (tarteaucitron.job = tarteaucitron.job || []).push(service.key);
  }
}
`,
};
