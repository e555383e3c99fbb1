import type { Duration } from '@cookie-ledger/core';

/** Units a lifetime read from code is written in, the largest first, with their seconds (months are left out: `60*60*24*30` reads as 30 days). */
const UNITS = [
  ['years', 365 * 86_400],
  ['days', 86_400],
  ['hours', 3_600],
  ['minutes', 60],
  ['seconds', 1],
] as const;

/** A lifetime in seconds as the declaration a person would write: `{ days: 30 }` for 2,592,000. */
export function secondsToDuration(seconds: number): Duration {
  const [unit, size] = UNITS.find(([, length]) => seconds % length === 0) ?? UNITS.at(-1)!;
  return { [unit]: seconds / size } as unknown as Duration;
}
