import { getDurationAmount, type Duration, type DurationUnit } from '@cookie-ledger/core';
import type { DocgenLocale } from '../locales/DocgenLocale.js';
import { localize, type RenderContext } from '../RenderContext.js';
import { fillTextTemplate } from './inline.js';
import { isRefreshed } from './isRefreshed.js';

/**
 * A lifetime in words, in the document's locale: the declaration's note when it has one
 * ("2 weeks by default"), else the amount and unit ("13 months", "1 year") or "session";
 * followed by "renewed on each visit" when the cookie is written again on each visit.
 */
export function describeDuration(duration: Duration, context: RenderContext): string {
  const { locale } = context;
  const note = duration === 'session' ? undefined : localize(context, duration.note);
  const written = getDurationAmount(duration);
  const words = note ?? (written === undefined ? locale.durations.session : formatAmount(written.amount, written.unit, locale));
  const refresh = isRefreshed(duration);
  return refresh ? fillTextTemplate(locale.durations.refreshed, { duration: words }) : words;
}

function formatAmount(amount: number, unit: DurationUnit, locale: DocgenLocale): string {
  // Plural forms follow the language the words are written in, so the data's own code decides.
  const { plurals, numbers } = getFormatters(locale.code);
  const forms = locale.units[unit];
  return `${numbers.format(amount)} ${forms[plurals.select(amount)] ?? forms.other}`;
}

const formatters = new Map<string, { plurals: Intl.PluralRules; numbers: Intl.NumberFormat }>();

/** Intl formatters are costly to build and hold no state, so one pair per locale code is kept. */
function getFormatters(code: string) {
  let pair = formatters.get(code);
  if (!pair) {
    pair = { plurals: new Intl.PluralRules(code), numbers: new Intl.NumberFormat(code, { maximumFractionDigits: 2 }) };
    formatters.set(code, pair);
  }
  return pair;
}
