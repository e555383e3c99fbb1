import type { Duration, DurationUnit } from '../types/declaration.js';

const DAY = 86_400;

/**
 * Seconds in one of each duration unit. A month is 30 days and a year 365 days, so that
 * "13 months" is 33,696,000 s, the reading of the IAB reference CMP and of the CNIL's
 * audience-measurement limit. This table is the one definition every package uses.
 */
export const SECONDS_PER_UNIT: Readonly<Record<DurationUnit, number>> = {
  seconds: 1,
  minutes: 60,
  hours: 3_600,
  days: DAY,
  weeks: 7 * DAY,
  months: 30 * DAY,
  years: 365 * DAY,
};

/** Every duration unit, smallest first. */
export const DURATION_UNITS = Object.keys(SECONDS_PER_UNIT) as readonly DurationUnit[];

/** The unit and amount of a written duration, or undefined for a session duration. */
export function getDurationAmount(duration: Duration): { unit: DurationUnit; amount: number } | undefined {
  if (duration === 'session' || 'session' in duration) return undefined;
  for (const unit of DURATION_UNITS) {
    const amount = (duration as Partial<Record<DurationUnit, number>>)[unit];
    if (amount !== undefined) return { unit, amount };
  }
  return undefined;
}

/**
 * The lifetime of a duration in seconds; `0` for a session duration (as the TCF disclosure
 * writes it). Months are 30 days and years 365 days ({@link SECONDS_PER_UNIT}).
 *
 * @example toSeconds({ days: 14 }) // 1_209_600
 */
export function toSeconds(duration: Duration): number {
  const written = getDurationAmount(duration);
  return written === undefined ? 0 : Math.round(written.amount * SECONDS_PER_UNIT[written.unit]);
}
