import type { ConsentExemption, Duration, Party } from '../types/declaration.js';
import { CONSENT_EXEMPTIONS } from '../types/constants.js';
import { SECONDS_PER_UNIT, getDurationAmount, toSeconds } from '../toSeconds/toSeconds.js';
import type { TextContext } from './checkText.js';
import { isRecord, printValue } from './IssueCollector.js';

/** The longest lifetime a limited exemption allows: 13 months (CNIL). */
const EXEMPTION_MAX_SECONDS = 13 * SECONDS_PER_UNIT.months;

/** Checks the shape of `consent`; returns whether it is valid. */
export function checkConsentShape(context: TextContext, value: unknown, segments: readonly (string | number)[]): boolean {
  if (value === 'required') return true;
  if (isRecord(value) && Object.keys(value).length === 1 && (CONSENT_EXEMPTIONS as readonly unknown[]).includes(value.exempt)) {
    return true;
  }
  context.collector.add('invalid-consent', segments, { subject: context.subject, received: printValue(value) });
  return false;
}

/** What an exemption claim is checked against. */
export interface ExemptionFacts {
  readonly exemption: ConsentExemption;
  readonly party: Party;
  /** The declared duration; `null` when it is there but invalid (already reported). */
  readonly duration: Duration | null | undefined;
}

/**
 * Checks the conditions of an exemption (reference: CNIL audience-measurement guidance): an
 * audience-measurement cookie is first-party, does not refresh and lives at most 13 months; a
 * cookie that stores the consent choice lives at most 13 months.
 */
export function checkExemption(context: TextContext, facts: ExemptionFacts, segments: readonly (string | number)[]): void {
  const { collector, subject } = context;
  const { exemption, party, duration } = facts;
  if (exemption !== 'audience-measurement' && exemption !== 'consent-choice') return;
  const detail = `'${exemption}'`;

  if (exemption === 'audience-measurement' && party === 'third') {
    collector.add('exemption-requires-first-party', [...segments, 'consent'], { subject, detail });
  }
  if (duration === null) return;
  if (duration === undefined) {
    collector.add('exemption-requires-duration', [...segments, 'duration'], { subject, detail });
    return;
  }
  if (typeof duration === 'object' && 'refresh' in duration && duration.refresh === true && exemption === 'audience-measurement') {
    collector.add('exemption-forbids-refresh', [...segments, 'duration', 'refresh'], { subject, detail });
  }
  if (toSeconds(duration) > EXEMPTION_MAX_SECONDS) {
    const written = getDurationAmount(duration);
    const received = written ? `${written.amount} ${written.unit}` : printValue(duration);
    collector.add('exemption-duration-too-long', [...segments, 'duration'], { subject, received, detail: '13 months' });
  }
}
