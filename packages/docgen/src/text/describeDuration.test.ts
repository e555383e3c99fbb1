import type { Duration } from '@cookie-ledger/core';
import { describe, expect, it } from 'vitest';
import { createRenderContext } from '../createRenderContext.js';
import { policyOf } from '../policies.fixture.js';
import { describeDuration } from './describeDuration.js';

const policy = policyOf({ name: 'a', category: 'necessary', purpose: 'x' });
const inEnglish = createRenderContext(policy, { format: 'markdown', locale: 'en' });
const inFrench = createRenderContext(policy, { format: 'markdown', locale: 'fr' });

describe('describeDuration', () => {
  it.each<[Duration, string, string]>([
    ['session', 'session', 'session'],
    [{ session: true }, 'session', 'session'],
    [{ seconds: 1 }, '1 second', '1 seconde'],
    [{ minutes: 30 }, '30 minutes', '30 minutes'],
    [{ hours: 1 }, '1 hour', '1 heure'],
    [{ days: 1 }, '1 day', '1 jour'],
    [{ weeks: 2 }, '2 weeks', '2 semaines'],
    [{ months: 1 }, '1 month', '1 mois'],
    [{ months: 13 }, '13 months', '13 mois'],
    [{ years: 1 }, '1 year', '1 an'],
    [{ years: 2 }, '2 years', '2 ans'],
    [{ days: 1.5 }, '1.5 days', '1,5 jour'],
  ])('%j reads "%s" in English and "%s" in French', (duration, english, french) => {
    expect(describeDuration(duration, inEnglish)).toBe(english);
    expect(describeDuration(duration, inFrench)).toBe(french);
  });

  it('adds "renewed on each visit" to a refreshed lifetime', () => {
    expect(describeDuration({ months: 13, refresh: true }, inEnglish)).toBe('13 months, renewed on each visit');
    expect(describeDuration({ months: 13, refresh: true }, inFrench)).toBe('13 mois, renouvelée à chaque visite');
  });

  it("prefers the declaration's note, in the locale, falling back to the default locale", () => {
    const duration: Duration = { weeks: 2, note: { en: '2 weeks by default', fr: '2 semaines par défaut' } };
    expect(describeDuration(duration, inEnglish)).toBe('2 weeks by default');
    expect(describeDuration(duration, inFrench)).toBe('2 semaines par défaut');
    expect(describeDuration({ months: 12, note: { en: 'up to 12 months' } }, inFrench)).toBe('up to 12 months');
    expect(describeDuration({ months: 12, note: { en: 'up to 12 months', de: 'bis zu 12 Monate' } }, inFrench)).toBe('up to 12 months');
    expect(describeDuration({ session: true, note: 'until you log out' }, inEnglish)).toBe('until you log out');
  });
});
