import { COOKIE_CATEGORIES, type ResolvedCookie } from '@cookie-ledger/core';
import { localize } from '../../RenderContext.js';
import { getBannerWords } from '../bannerWords.js';
import { httpOnlyMessage, storageMessage } from '../messages.js';
import { escapeRegExp, toWholeNameRegExp } from '../patterns.js';
import { groupServices } from '../services.js';
import type { ConsentTargetBuilder } from '../types.js';

/**
 * Klaro 0.7: one service per provider and category (`purposes: [category]`, `required` when it
 * needs no consent), its cookies as `services[].cookies` (a string, a RegExp, or
 * `{ pattern, path, domain }`), and per language the purposes' and services' titles. Klaro reads
 * a string starting with `^` as a RegExp, so JSON keeps every pattern.
 */
export const klaro: ConsentTargetBuilder = {
  build({ policy, locales, json, warn }) {
    const services = groupServices(policy.cookies, policy.owner);
    const used = COOKIE_CATEGORIES.filter((category) => services.some((service) => service.category === category));
    const wordsFor = getBannerWords({ locales, warn });
    return {
      acceptAll: true,
      services: services.map((service) => ({
        name: service.key,
        title: service.provider,
        purposes: [service.category],
        required: !service.needsConsent,
        default: !service.needsConsent,
        cookies: service.items.flatMap(({ cookie, index }) => {
          if (cookie.storage !== 'cookie') return warn(index, storageMessage('Klaro', cookie, service.needsConsent)), [];
          if (cookie.attributes?.httpOnly && service.needsConsent) return warn(index, httpOnlyMessage('Klaro', cookie)), [];
          return [toKlaroCookie(cookie, json, (message) => warn(index, message))];
        }),
      })),
      translations: Object.fromEntries(
        locales.map(({ code, context }) => {
          const words = wordsFor(code);
          const purposes = Object.fromEntries(used.map((category) => [category, { title: context.locale.categories[category].name, description: words.categories[category] }]));
          const titles = services.map((service) => [service.key, { title: service.provider, description: service.items.map(({ cookie }) => localize(context, cookie.purpose)).filter(unique).join(' ') }]);
          return [code, { purposes, ...Object.fromEntries(titles) }];
        }),
      ),
    };
  },
};

function toKlaroCookie(cookie: ResolvedCookie, json: boolean, warn: (message: string) => void): unknown {
  const regex = toWholeNameRegExp(cookie.name);
  let pattern: string | RegExp;
  if (regex === undefined) {
    const name = cookie.name as string;
    pattern = name.startsWith('^') ? `^${escapeRegExp(name)}$` : name;
  } else if (!json) {
    pattern = regex;
  } else {
    if (regex.flags !== '') warn(`${String(regex)}: JSON keeps the pattern's source only, so Klaro matches it without its "${regex.flags}" flags. Generate a JS module (--module) to keep them.`);
    pattern = regex.source.startsWith('^') ? regex.source : `^.*?(?:${regex.source})`;
  }
  const { path, domain } = cookie.attributes ?? {};
  return path === undefined && domain === undefined ? pattern : { pattern, ...(path === undefined ? {} : { path }), ...(domain === undefined ? {} : { domain }) };
}

function unique(value: string, index: number, all: readonly string[]): boolean {
  return all.indexOf(value) === index;
}
