import { ISSUE_MESSAGES, type IssueParams, type PolicyIssueCode } from '../issues/messages.js';
import { type PolicyIssue, toPath } from '../issues/PolicyIssue.js';

/** Gathers problems while a policy is checked, so that every problem is reported at once. */
export class IssueCollector {
  readonly issues: PolicyIssue[] = [];

  add(code: PolicyIssueCode, pathSegments: readonly (string | number)[], params: IssueParams): void {
    this.issues.push({ code, path: toPath(pathSegments), pathSegments, message: ISSUE_MESSAGES[code](params) });
  }
}

/** A short, readable rendering of any value for a message. */
export function printValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof RegExp) return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Whether a value is a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp);
}
