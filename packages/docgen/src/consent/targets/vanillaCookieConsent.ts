import { COOKIE_CATEGORIES, type ResolvedCookie } from '@cookie-ledger/core';
import type { ColumnId } from '../../options.js';
import { toPlainText } from '../../text/inline.js';
import { COLUMNS } from '../../view/columns.js';
import { getBannerWords } from '../bannerWords.js';
import { httpOnlyMessage, patternMessage, storageMessage } from '../messages.js';
import { toWholeNameRegExp } from '../patterns.js';
import { groupServices } from '../services.js';
import type { ConsentTargetBuilder } from '../types.js';

/** The columns of each category's `cookieTable`, in order. */
const TABLE_COLUMNS: readonly ColumnId[] = ['names', 'provider', 'duration', 'purpose'];

/**
 * vanilla-cookieconsent v3: `categories.<category>` (`necessary` read-only, the others with
 * `autoClear.cookies` for what needs consent: `{ name, path?, domain? }`, a RegExp name for a
 * pattern) and, per language, the banner's words and a preferences section per category with
 * its `cookieTable` listing every declared item.
 */
export const vanillaCookieConsent: ConsentTargetBuilder = {
  build({ policy, locales, json, warn }) {
    const byCategory = new Map(COOKIE_CATEGORIES.map((category) => [category, [] as { cookie: ResolvedCookie; index: number; needsConsent: boolean }[]]));
    for (const service of groupServices(policy.cookies, policy.owner)) {
      for (const item of service.items) byCategory.get(service.category)!.push({ ...item, needsConsent: service.needsConsent });
    }
    const used = COOKIE_CATEGORIES.filter((category) => byCategory.get(category)!.length > 0);

    const clearList = (category: (typeof used)[number]) =>
      byCategory.get(category)!.flatMap(({ cookie, index, needsConsent }) => {
        if (!needsConsent) return [];
        if (cookie.storage !== 'cookie') return warn(index, storageMessage('vanilla-cookieconsent', cookie, true)), [];
        if (cookie.attributes?.httpOnly) return warn(index, httpOnlyMessage('vanilla-cookieconsent', cookie)), [];
        const regex = toWholeNameRegExp(cookie.name);
        if (regex && json) return warn(index, patternMessage('vanilla-cookieconsent', cookie, 'it takes a pattern as a RegExp, which JSON cannot hold (generate a JS module with --module)')), [];
        const { path, domain } = cookie.attributes ?? {};
        return [{ name: regex ?? cookie.name, ...(path === undefined ? {} : { path }), ...(domain === undefined ? {} : { domain }) }];
      });

    const categories = Object.fromEntries(
      used.map((category) => {
        if (category === 'necessary') return [category, { enabled: true, readOnly: true }];
        const cookies = clearList(category);
        return [category, cookies.length === 0 ? {} : { autoClear: { cookies } }];
      }),
    );

    const wordsFor = getBannerWords({ locales, warn });
    const translations = locales.map(({ code, context }) => {
      const words = wordsFor(code);
      const headers = Object.fromEntries(TABLE_COLUMNS.map((column) => [column, context.locale.columns[column]]));
      const sections = used.map((category) => ({
        title: context.locale.categories[category].heading,
        description: words.categories[category],
        linkedCategory: category,
        cookieTable: {
          headers,
          body: byCategory.get(category)!.map(({ cookie }) => Object.fromEntries(TABLE_COLUMNS.map((column) => [column, toPlainText(COLUMNS[column](cookie, context))]))),
        },
      }));
      return [
        code,
        {
          consentModal: { title: words.consentTitle, description: words.consentDescription, acceptAllBtn: words.acceptAll, acceptNecessaryBtn: words.acceptNecessary, showPreferencesBtn: words.showPreferences },
          preferencesModal: {
            title: words.preferencesTitle,
            acceptAllBtn: words.acceptAll,
            acceptNecessaryBtn: words.acceptNecessary,
            savePreferencesBtn: words.savePreferences,
            closeIconLabel: words.close,
            sections,
          },
        },
      ];
    });

    return { mode: 'opt-in', categories, language: { default: policy.defaultLocale, translations: Object.fromEntries(translations) } };
  },
};
