/**
 * The audit cannot run: no browser, an unreachable URL, a consent selector that matches nothing,
 * a report that cannot be merged. Its message is one line that says what and how to fix it.
 */
export class AuditError extends Error {
  override readonly name = 'AuditError';
}
