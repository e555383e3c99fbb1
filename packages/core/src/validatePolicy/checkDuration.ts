import type { Duration } from '../types/declaration.js';
import { DURATION_UNITS } from '../toSeconds/toSeconds.js';
import { checkText, type TextContext } from './checkText.js';
import { isRecord, printValue } from './IssueCollector.js';

/** Checks a duration's shape; returns it typed when it is valid, so later checks can use it. */
export function checkDuration(context: TextContext, value: unknown, segments: readonly (string | number)[]): Duration | undefined {
  const invalid = (): undefined => {
    context.collector.add('invalid-duration', segments, { subject: context.subject, received: printValue(value) });
    return undefined;
  };
  if (value === 'session') return value;
  if (!isRecord(value)) return invalid();

  const units = DURATION_UNITS.filter((unit) => unit in value);
  const known = new Set<string>([...DURATION_UNITS, 'session', 'refresh', 'note']);
  if (Object.keys(value).some((key) => !known.has(key))) return invalid();
  if (value.session !== undefined) {
    if (value.session !== true || units.length > 0 || value.refresh !== undefined) return invalid();
  } else {
    const amount = units.length === 1 ? value[units[0]!] : undefined;
    if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) return invalid();
    if (value.refresh !== undefined && typeof value.refresh !== 'boolean') return invalid();
  }
  if (value.note !== undefined && !checkText(context, value.note, [...segments, 'note'])) return undefined;
  return value as unknown as Duration;
}
