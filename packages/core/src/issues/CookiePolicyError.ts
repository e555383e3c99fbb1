import { type PolicyIssue, formatIssues } from './PolicyIssue.js';

/** Thrown by `defineCookiePolicy` when the policy is invalid; `issues` lists every problem. */
export class CookiePolicyError extends Error {
  override readonly name = 'CookiePolicyError';
  /** Every problem found, in the order of the policy. */
  readonly issues: readonly PolicyIssue[];

  constructor(issues: readonly PolicyIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`The cookie policy has ${count}:\n${formatIssues(issues)}`);
    this.issues = issues;
  }
}
