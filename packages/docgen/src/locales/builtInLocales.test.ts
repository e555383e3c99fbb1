import { describe, expect, it } from 'vitest';
import { createRenderContext } from '../createRenderContext.js';
import { policyOf } from '../policies.fixture.js';
import { describeDuration } from '../text/describeDuration.js';
import { describeName } from '../text/describeName.js';
import type { DocgenLocale } from './DocgenLocale.js';
import { getLocaleProblems } from './getLocaleProblems.js';
import { BUILT_IN_LOCALES, en } from './index.js';

/** Every leaf of a locale as `path → value`; arrays by index, so a missing paragraph or list item shows. */
function leaves(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (typeof value !== 'object' || value === null) return found.set(path, value);
  for (const [key, child] of Object.entries(value)) {
    for (const [leaf, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(leaf, text);
  }
  return found;
}

/** The `{placeholders}` of a text, sorted. */
const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const others = BUILT_IN_LOCALES.filter((locale) => locale !== en);
const englishLeaves = leaves(en);

describe('the built-in locales', () => {
  it('are English, French, German, Spanish, Italian and Dutch', () => {
    expect(BUILT_IN_LOCALES.map((locale) => locale.code)).toEqual(['en', 'fr', 'de', 'es', 'it', 'nl']);
  });

  describe.each(others.map((locale) => [locale.code, locale] as const))('%s', (_code, locale: DocgenLocale) => {
    it('has every key English has, and no other', () => {
      expect(getLocaleProblems(locale)).toEqual([]);
      expect([...leaves(locale).keys()].sort()).toEqual([...englishLeaves.keys()].sort());
    });

    it('fills every text, and keeps the placeholders of each template', () => {
      for (const [path, english] of englishLeaves) {
        const text = leaves(locale).get(path);
        expect(typeof text, path).toBe(typeof english);
        if (typeof english !== 'string') continue;
        expect(String(text).trim(), path).not.toBe('');
        expect(placeholders(text), path).toEqual(placeholders(english));
      }
    });

    it('gives the same ids to the introduction sections, so links work in every language', () => {
      expect(locale.introductionSections.map((section) => section.id)).toEqual(en.introductionSections.map((section) => section.id));
    });

    it('writes durations and name patterns in its own words', () => {
      const context = createRenderContext(policyOf(), { format: 'markdown', locale: locale.code });
      expect(describeDuration({ months: 13 }, context)).not.toBe(describeDuration({ months: 13 }, createRenderContext(policyOf(), { format: 'markdown', locale: 'en' })));
      expect(describeDuration({ years: 1 }, context)).toMatch(/^1 \S/);
      expect(describeName({ name: '_ga_*', storage: 'cookie' }, locale)).toContain('_ga_');
      expect(describeName({ name: '_ga_*', storage: 'cookie' }, locale)).not.toBe(describeName({ name: '_ga_*', storage: 'cookie' }, en));
    });
  });
});
