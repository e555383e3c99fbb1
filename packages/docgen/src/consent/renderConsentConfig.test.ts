import { describe, expect, it } from 'vitest';
import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';
import { InvalidRenderOptionError } from '../errors.js';
import { en } from '../locales/en.js';
import { consentPolicy } from './consent.fixture.js';
import { renderConsentConfig } from './renderConsentConfig.js';
import type { ConsentTarget } from './types.js';

/** The warnings of a target, as `index: first words`. */
function warningsOf(target: ConsentTarget, output: 'json' | 'module' = 'module') {
  return renderConsentConfig(consentPolicy, { target, output }).warnings.map(({ index, message }) => `${index}: ${message.split(':')[0]}`);
}

function jsonConfig<T = unknown>(target: ConsentTarget): T {
  return JSON.parse(renderConsentConfig(consentPolicy, { target }).text) as T;
}

describe('renderConsentConfig', () => {
  it('klaro: one service per provider and category, patterns kept in JSON as strings starting with ^', () => {
    const config = jsonConfig<{ services: { name: string; purposes: string[]; required: boolean; cookies: unknown[] }[] }>('klaro');
    expect(config.services.map(({ name, purposes, required, cookies }) => ({ name, purposes, required, cookies }))).toEqual([
      { name: 'acme-necessary', purposes: ['necessary'], required: true, cookies: ['sessionid', 'cc_cookie'] },
      { name: 'google-statistics', purposes: ['statistics'], required: false, cookies: ['_ga', '^_ga_'] },
      { name: 'acme-preferences', purposes: ['preferences'], required: false, cookies: ['^.*?(?:_hist$)'] },
      { name: 'matomo-statistics', purposes: ['statistics'], required: false, cookies: ['^_pk_id\\.'] },
      { name: 'adco-marketing', purposes: ['marketing'], required: false, cookies: [{ pattern: 'ad.seen', path: '/shop' }] },
      { name: 'acme-preferences-exempt', purposes: ['preferences'], required: true, cookies: ['layout'] },
    ]);
    expect(warningsOf('klaro', 'json')).toEqual(['6: "draft', '7: "tour-step" (sessionStorage) stays when consent is refused', '8: "ad_uid" is httpOnly']);
  });

  it('vanilla-cookieconsent: RegExp names in a module, and in JSON a warning for each pattern it cannot hold', () => {
    const module = renderConsentConfig(consentPolicy, { target: 'vanilla-cookieconsent', output: 'module' }).text;
    expect(module).toContain('"name": /^_ga_/');
    expect(module).toContain('"name": /_hist$/');
    expect(module).toContain('"name": /^_pk_id\\./');
    expect(warningsOf('vanilla-cookieconsent', 'json')).toEqual(['4: "*_hist" is left out of the config', '6: "draft', '7: "tour-step" (sessionStorage) stays when consent is refused', '3: "_ga_*" is left out of the config', '5: /^_pk_id\\./ is left out of the config', '8: "ad_uid" is httpOnly']);
  });

  it('vanilla-cookieconsent: a cookie table per category and language listing every declared item', () => {
    const config = jsonConfig<{ language: { default: string; translations: Record<string, { preferencesModal: { sections: { linkedCategory: string; cookieTable: { body: { names: string }[] } }[] } }> } }>('vanilla-cookieconsent');
    expect(config.language.default).toBe('en');
    for (const locale of ['en', 'fr']) {
      const names = config.language.translations[locale]!.preferencesModal.sections.flatMap((section) => section.cookieTable.body.map((row) => row.names));
      expect(names).toHaveLength(consentPolicy.cookies.length);
    }
    expect(config.language.translations.fr!.preferencesModal.sections[1]!.cookieTable.body.find((row) => row.names === 'tour-step')).toEqual({ names: 'tour-step', provider: 'Acme', duration: 'session', purpose: 'Visite guidée' });
  });

  it('c15t: its category names, exact names and prefixes, Web Storage keys; suffixes and RegExps are warnings', () => {
    expect(jsonConfig('c15t')).toEqual({
      consentCategories: ['necessary', 'measurement', 'functionality', 'marketing'],
      clearOnRevocation: {
        measurement: { cookies: ['_ga', '_ga_*'] },
        functionality: { localStorage: ['draft:*'], sessionStorage: ['tour-step'] },
        marketing: { cookies: [{ name: 'ad.seen', path: '/shop' }] },
      },
    });
    expect(warningsOf('c15t')).toEqual(['4: "*_hist" is left out of the config', '5: /^_pk_id\\./ is left out of the config', '8: "ad_uid" is httpOnly']);
  });

  it('tarteaucitron: exact cookie names only; a dot in a name and a path other than / are warnings', () => {
    const config = jsonConfig<{ services: Record<string, { type: string; needConsent: boolean; cookies: string[]; uri: string }> }>('tarteaucitron');
    expect(Object.fromEntries(Object.entries(config.services).map(([key, { type, needConsent, cookies }]) => [key, { type, needConsent, cookies }]))).toEqual({
      acme_necessary: { type: 'other', needConsent: false, cookies: ['sessionid', 'cc_cookie'] },
      google_statistics: { type: 'analytic', needConsent: true, cookies: ['_ga'] },
      acme_preferences: { type: 'other', needConsent: true, cookies: [] },
      matomo_statistics: { type: 'analytic', needConsent: true, cookies: [] },
      adco_marketing: { type: 'ads', needConsent: true, cookies: ['ad.seen'] },
      acme_preferences_exempt: { type: 'other', needConsent: false, cookies: ['layout'] },
    });
    expect(config.services.google_statistics!.uri).toBe('https://policies.example.org/privacy');
    expect(warningsOf('tarteaucitron')).toEqual([
      '3: "_ga_*" is left out of the config',
      '4: "*_hist" is left out of the config',
      '6: "draft',
      '7: "tour-step" (sessionStorage) stays when consent is refused',
      '5: /^_pk_id\\./ is left out of the config',
      '8: "ad_uid" is httpOnly',
      '9: "ad.seen"',
      '9: "ad.seen" has path "/shop", but tarteaucitron purges with path=/ only',
    ]);
  });

  it('writes a module whose default export is the config, and refuses an unknown target', () => {
    const { text } = renderConsentConfig(consentPolicy, { target: 'tarteaucitron', output: 'module' });
    expect(text).toMatch(/^\/\/ Generated by cookie-ledger/);
    expect(text).toContain('export default config;');
    expect(text).toContain('export function addServices(tarteaucitron, hooks = {})');
    expect(() => renderConsentConfig(consentPolicy, { target: 'cookiebot' as ConsentTarget })).toThrow(InvalidRenderOptionError);
  });

  it('writes a locale without banner words in English, and says so once for the whole config', () => {
    const policy = defineCookiePolicy({ owner: 'Acme', locales: ['en', 'de'], cookies: [defineCookie({ name: 'sid', category: 'necessary', purpose: { en: 'Login', de: 'Anmeldung' } })] });
    const { text, warnings } = renderConsentConfig(policy, { target: 'vanilla-cookieconsent', localeData: { ...en, code: 'de' } });
    expect(warnings).toEqual([{ message: "The banner's own words (buttons, what each category is for) are not written in de: English is used. Edit them in the generated config." }]);
    const config = JSON.parse(text) as { language: { translations: Record<string, { consentModal: { acceptAllBtn: string }; preferencesModal: { sections: { cookieTable: { body: { purpose: string }[] } }[] } }> } };
    expect(config.language.translations.de!.consentModal.acceptAllBtn).toBe('Accept all');
    expect(config.language.translations.de!.preferencesModal.sections[0]!.cookieTable.body[0]!.purpose).toBe('Anmeldung');
  });
});
