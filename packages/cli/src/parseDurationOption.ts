import { DURATION_UNITS, type Duration, type DurationUnit } from '@cookie-ledger/core';
import { UsageError } from './errors.js';

/** The short forms a person may type after the amount, with the unit each stands for. */
const UNIT_WORDS: Readonly<Record<string, DurationUnit>> = {
  s: 'seconds',
  min: 'minutes',
  h: 'hours',
  d: 'days',
  w: 'weeks',
  mo: 'months',
  y: 'years',
  ...Object.fromEntries(DURATION_UNITS.flatMap((unit) => [[unit, unit], [unit.slice(0, -1), unit]])),
};

/** `--duration`: `session`, or an amount and a unit (`30d`, `13 months`, `1y`, `2 weeks`). */
export function parseDurationOption(text: string): Duration {
  if (text.trim() === 'session') return 'session';
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(text);
  const unit = match ? UNIT_WORDS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) {
    throw new UsageError(`--duration "${text}" is not a lifetime: write \`session\`, or an amount and a unit (30d, 13months, 1y; units ${Object.keys(UNIT_WORDS).join(', ')}).`);
  }
  return { [unit]: Number(match[1]) } as unknown as Duration;
}
