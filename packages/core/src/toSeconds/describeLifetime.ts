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
