import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';
import { describe, expect, it } from 'vitest';
import { IncompleteLocaleError, InvalidRenderOptionError } from './errors.js';
import { en } from './locales/index.js';
import type { DocgenLocale } from './locales/DocgenLocale.js';
import { variedPolicy } from './policies.fixture.js';
import { renderPolicy } from './renderPolicy.js';
import type { Format, GroupBy } from './options.js';

const swiss: DocgenLocale = {
  ...en,
  code: 'de-CH',
  title: 'Cookie-Richtlinie',
  columns: { ...en.columns, names: 'Cookie-Name(n)', duration: 'Dauer' },
  units: { ...en.units, months: { one: 'Monat', other: 'Monate' } },
};

describe('renderPolicy options', () => {
  it('answers an unknown format, column, grouping or locale with the valid ones', () => {
    expect(() => renderPolicy(variedPolicy, { format: 'pdf' as Format })).toThrow(
      new InvalidRenderOptionError('format', 'pdf', ['markdown', 'html', 'json', 'csv', 'tcf']),
    );
    expect(() => renderPolicy(variedPolicy, { format: 'markdown', columns: ['names', 'expiry' as 'names'] })).toThrow(
      /Unknown column "expiry"\. Expected one of: provider, feature-and-locations, names, purpose, duration, condition, category, party, storage, domain, consent\./,
    );
    expect(() => renderPolicy(variedPolicy, { format: 'markdown', groupBy: 'vendor' as GroupBy })).toThrow(/Unknown grouping "vendor"\. Expected one of: category, party, provider, none\./);
    expect(() => renderPolicy(variedPolicy, { format: 'markdown', locale: 'pt' })).toThrow(/Unknown locale "pt"\. Expected one of: en, fr, de, es, it, nl\./);
    expect(() => renderPolicy(variedPolicy, { format: 'markdown', headingLevel: 5 as 1 })).toThrow(/Unknown heading level "5"\. Expected one of: 1, 2, 3, 4\./);
  });

  it('renders another language from a locale object, with texts falling back to the default locale', () => {
    const markdown = renderPolicy(variedPolicy, { format: 'markdown', locale: 'de-CH', localeData: swiss, columns: ['names', 'duration', 'purpose'] });
    expect(markdown).toMatch(/^# Cookie-Richtlinie\n/);
    expect(markdown).toContain('| Cookie-Name(n) | Dauer | Purposes |');
    expect(markdown).toContain('| any cookie starting with \\_ga\\_ | 13 Monate, renewed on each visit | Counts visits |');
    expect(() => renderPolicy(variedPolicy, { format: 'markdown', locale: 'pt', localeData: swiss })).toThrow(/Expected one of: de-CH, en, fr, de, es, it, nl\./);
  });

  it('falls back to the language of a regional locale', () => {
    expect(renderPolicy(variedPolicy, { format: 'markdown', locale: 'fr-CA' })).toMatch(/^# Politique de cookies\n/);
  });

  it("uses the policy's default locale for a text missing in the requested one", () => {
    const englishOnly = defineCookiePolicy({
      owner: 'Acme',
      locales: ['en'],
      cookies: [defineCookie({ name: 'a', category: 'necessary', purpose: { en: 'In English' } }), defineCookie({ name: 'b', category: 'necessary', purpose: 'Everywhere' })],
    });
    const markdown = renderPolicy(englishOnly, { format: 'markdown', locale: 'fr', columns: ['names', 'purpose'] });
    expect(markdown).toContain('| a | In English |');
    expect(markdown).toContain('| b | Everywhere |');
  });

  it('refuses an incomplete locale object, naming what it lacks', () => {
    const incomplete = { ...swiss, columns: undefined, units: { ...en.units, days: { one: 'Tag' } } } as unknown as DocgenLocale;
    expect(() => renderPolicy(variedPolicy, { format: 'markdown', locale: 'de-CH', localeData: incomplete })).toThrow(IncompleteLocaleError);
    expect(() => renderPolicy(variedPolicy, { format: 'markdown', locale: 'de-CH', localeData: incomplete })).toThrow(/lacks `columns`, `units\.days\.other`/);
  });
});
