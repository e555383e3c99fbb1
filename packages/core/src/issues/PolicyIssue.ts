import type { PolicyIssueCode } from './messages.js';

/** One problem in a policy: data first (code and path), text second. */
export interface PolicyIssue {
  /** What kind of problem it is; stable across versions, for tools and tests. */
  readonly code: PolicyIssueCode;
  /** Where it is, as written in code: `cookies[2].duration`, `owner`. Empty for the policy itself. */
  readonly path: string;
  /** The same place as keys and indexes: `['cookies', 2, 'duration']`. */
  readonly pathSegments: readonly (string | number)[];
  /** What is wrong and what to write instead. */
  readonly message: string;
}

/** Writes path segments as code does: `['cookies', 2, 'duration']` becomes `cookies[2].duration`. */
export function toPath(segments: readonly (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

/** One line per problem, `path: message`, for people. */
export function formatIssues(issues: readonly PolicyIssue[]): string {
  return issues.map((issue) => `  - ${issue.path === '' ? '(policy)' : issue.path}: ${issue.message}`).join('\n');
}
