export { CookiePolicyError } from './CookiePolicyError.js';
export { ISSUE_MESSAGES, type IssueParams, type PolicyIssueCode } from './messages.js';
export { formatIssues, toPath, type PolicyIssue } from './PolicyIssue.js';
