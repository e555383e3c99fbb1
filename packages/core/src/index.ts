export { defineCookie } from './defineCookie/index.js';
export { defineCookiePolicy } from './defineCookiePolicy/index.js';
export { validatePolicy } from './validatePolicy/index.js';
export { requiresConsent, getConsentExemption } from './requiresConsent/index.js';
export { toSeconds, getDurationAmount, describeApproximateSeconds, describeDuration, describeSeconds, SECONDS_PER_UNIT, DURATION_UNITS } from './toSeconds/index.js';
export { getParty, getProviderName } from './getParty/index.js';
export { resolveText } from './localizedText/index.js';
export { describeCookieNameProblem, getCookieNameProblem, type CookieNameProblem } from './cookieName/index.js';
export {
  createNameMatcher,
  getNamePatternProblem,
  getPatternSpecificity,
  matchesName,
  parseNamePattern,
  type NameMatcher,
  type NamePatternProblem,
  type ParsedNamePattern,
} from './namePattern/index.js';
export { CookiePolicyError, ISSUE_MESSAGES, formatIssues, toPath } from './issues/index.js';
export type { IssueParams, PolicyIssue, PolicyIssueCode } from './issues/index.js';
export { COOKIE_ATTRIBUTES, COOKIE_CATEGORIES, CONSENT_EXEMPTIONS, PARTIES, SAME_SITE_VALUES, SET_BY_VALUES, STORAGE_KINDS } from './types/constants.js';
export { isSameAttributeValue } from './types/isSameAttributeValue.js';
export type {
  ConsentClaim,
  ConsentExemption,
  CookieAttributes,
  CookieCategory,
  CookieDeclaration,
  Duration,
  DurationAmount,
  DurationUnit,
  LocalizedText,
  NamePattern,
  Party,
  Provider,
  ProviderInfo,
  SameSite,
  SessionDuration,
  SetBy,
  StorageKind,
  TcfPurposes,
} from './types/declaration.js';
export type { CookieName, CookiePolicy, CookiePolicyInput, ExactName, ResolvedCookie } from './types/policy.js';
