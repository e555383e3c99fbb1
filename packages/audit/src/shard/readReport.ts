import { AuditError } from '../AuditError.js';
import type { AuditReport } from '../types.js';

/**
 * Reads a report written by `cookie-ledger audit --format json` (`file` names it in errors).
 * Text that is not such a report is an {@link AuditError} that says what is missing.
 */
export function readReport(text: string, file: string): AuditReport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AuditError(`${file} is not JSON (${(error as Error).message}). Give reports written with --format json.`, { cause: error });
  }
  const report = parsed as Partial<AuditReport> | null;
  const missing = (['findings', 'seen', 'states'] as const).filter((key) => !Array.isArray(report?.[key]));
  if (missing.length > 0) {
    throw new AuditError(`${file} is not an audit report: it has no ${missing.join(', ')} array. Give reports written by cookie-ledger audit --format json.`);
  }
  return report as AuditReport;
}
