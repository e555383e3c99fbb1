import { describe, expect, it } from 'vitest';
import { SECONDS_PER_UNIT, getDurationAmount, toSeconds } from './toSeconds.js';
import { describeApproximateSeconds, describeDuration, describeSeconds } from './describeLifetime.js';

describe('toSeconds', () => {
  it.each([
    [{ seconds: 90 }, 90],
    [{ minutes: 30 }, 1_800],
    [{ hours: 2 }, 7_200],
    [{ days: 14 }, 1_209_600],
    [{ weeks: 2 }, 1_209_600],
    [{ months: 13 }, 33_696_000],
    [{ years: 1 }, 31_536_000],
    [{ months: 6, refresh: true, note: '6 months' }, 15_552_000],
  ] as const)('converts %j', (duration, seconds) => {
    expect(toSeconds(duration)).toBe(seconds);
  });

  it('gives 0 for a session cookie, as the TCF disclosure writes it', () => {
    expect(toSeconds('session')).toBe(0);
    expect(toSeconds({ session: true, note: 'until the tab closes' })).toBe(0);
  });

  it('defines a month as 30 days and a year as 365 days', () => {
    expect(SECONDS_PER_UNIT.months).toBe(30 * 86_400);
    expect(SECONDS_PER_UNIT.years).toBe(365 * 86_400);
    expect(toSeconds({ years: 1 })).toBeLessThan(toSeconds({ months: 13 }));
  });

  it('rounds fractional amounts to whole seconds', () => {
    expect(toSeconds({ minutes: 0.5 })).toBe(30);
    expect(toSeconds({ days: 1.5 })).toBe(129_600);
  });
});

describe('getDurationAmount', () => {
  it('gives the unit and amount as written', () => {
    expect(getDurationAmount({ weeks: 2, note: 'x' })).toEqual({ unit: 'weeks', amount: 2 });
    expect(getDurationAmount('session')).toBeUndefined();
  });
});

describe('describeSeconds and describeDuration', () => {
  it('says a lifetime in the largest unit that states it exactly, else rounded', () => {
    expect(describeSeconds(2 * SECONDS_PER_UNIT.years)).toBe('2 years');
    expect(describeSeconds(400 * SECONDS_PER_UNIT.days)).toBe('400 days');
    expect(describeSeconds(5_400)).toBe('90 minutes');
    expect(describeSeconds(5_400.5)).toBe('1.5 hours');
    expect(describeSeconds(1)).toBe('1 second');
  });

  it('says a measured lifetime in the largest unit it reaches, rounded to a tenth', () => {
    expect(describeApproximateSeconds(31_535_998)).toBe('1 year');
    expect(describeApproximateSeconds(5_000)).toBe('1.4 hours');
    expect(describeApproximateSeconds(42)).toBe('42 seconds');
  });

  it('says a declared duration as written', () => {
    expect(describeDuration({ months: 13 })).toBe('13 months');
    expect(describeDuration('session')).toBe('a session cookie (until the browser closes)');
  });
});
