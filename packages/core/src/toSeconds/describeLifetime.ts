import type { Duration, DurationUnit } from '../types/declaration.js';
import { DURATION_UNITS, SECONDS_PER_UNIT, getDurationAmount } from './toSeconds.js';

/**
 * A lifetime in seconds in words, in the largest unit that states it exactly (`2 years`,
 * `400 days`), else rounded to a tenth of the largest unit it reaches (`1.5 hours`).
 *
 * @example describeSeconds(34_560_000) // '400 days'
 */
export function describeSeconds(seconds: number): string {
  if (seconds === Number.POSITIVE_INFINITY) return 'forever';
  const largestFirst = [...DURATION_UNITS].reverse();
  const exact = largestFirst.find((unit) => seconds >= SECONDS_PER_UNIT[unit] && Number.isInteger(seconds / SECONDS_PER_UNIT[unit]));
  const unit = exact ?? largestFirst.find((candidate) => seconds >= SECONDS_PER_UNIT[candidate]) ?? 'seconds';
  const amount = Math.round((seconds / SECONDS_PER_UNIT[unit]) * 10) / 10;
  return describeAmount(amount, unit);
}

/** How far a measured lifetime may be from whole days and still be read as whole days. */
const MEASURE_SLACK_SECONDS = 120;

/**
 * A measured lifetime in words: within two minutes of whole days, as those days in the largest
 * exact unit (`1 year` for 31,535,998 s: a browser's expiry dates lose seconds between the write
 * and the read); otherwise in the largest unit it reaches, rounded to a tenth (`1.4 hours`).
 *
 * @example describeApproximateSeconds(5_000) // '1.4 hours'
 */
export function describeApproximateSeconds(seconds: number): string {
  const days = Math.round(seconds / SECONDS_PER_UNIT.days) * SECONDS_PER_UNIT.days;
  if (days > 0 && Math.abs(seconds - days) <= MEASURE_SLACK_SECONDS) return describeSeconds(days);
  const unit = [...DURATION_UNITS].reverse().find((candidate) => seconds >= SECONDS_PER_UNIT[candidate]) ?? 'seconds';
  return describeAmount(Math.round((seconds / SECONDS_PER_UNIT[unit]) * 10) / 10, unit);
}

/**
 * A declared lifetime as written in the declaration (`13 months`), or
 * `a session cookie (until the browser closes)`.
 */
export function describeDuration(duration: Duration): string {
  const written = getDurationAmount(duration);
  return written ? describeAmount(written.amount, written.unit) : 'a session cookie (until the browser closes)';
}

function describeAmount(amount: number, unit: DurationUnit): string {
  return `${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}
