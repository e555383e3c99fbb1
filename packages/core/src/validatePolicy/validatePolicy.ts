import type { PolicyIssue } from '../issues/PolicyIssue.js';
import { checkDeclaration } from './checkDeclaration.js';
import { checkNames } from './checkNames.js';
import { PLACEHOLDER } from './checkText.js';
import { IssueCollector, isRecord, printValue } from './IssueCollector.js';

const POLICY_FIELDS = ['owner', 'site', 'locales', 'cookies'];

/**
 * Checks a policy input (what `defineCookiePolicy` receives) and returns every problem as data:
 * `{ code, path, pathSegments, message }`. An empty list means the policy is valid. It never
 * throws, whatever the input.
 */
export function validatePolicy(input: unknown): PolicyIssue[] {
  const collector = new IssueCollector();
  if (!isRecord(input)) {
    collector.add('invalid-policy', [], { subject: 'the policy', received: printValue(input) });
    return collector.issues;
  }
  for (const key of Object.keys(input)) {
    if (!POLICY_FIELDS.includes(key)) {
      collector.add('unknown-field', [key], { subject: 'The policy', received: `\`${key}\``, detail: POLICY_FIELDS.join(', ') });
    }
  }
  const owner = typeof input.owner === 'string' && input.owner.trim() !== '' ? input.owner : undefined;
  if (owner === undefined) collector.add('missing-owner', ['owner'], { subject: 'the policy', received: printValue(input.owner) });
  else if (PLACEHOLDER.test(owner)) collector.add('placeholder-text', ['owner'], { subject: 'The policy', received: printValue(owner) });
  if (input.site !== undefined && typeof input.site !== 'string') {
    collector.add('invalid-site', ['site'], { subject: 'the policy', received: printValue(input.site) });
  }
  const locales = readLocales(collector, input.locales);

  if (!Array.isArray(input.cookies)) {
    collector.add('invalid-cookies', ['cookies'], { subject: 'the policy', received: printValue(input.cookies) });
    return collector.issues;
  }
  const facts = { collector, owner: owner ?? '', locales };
  input.cookies.forEach((declaration, index) => checkDeclaration(facts, declaration, index));
  checkNames(collector, input.cookies);
  return collector.issues;
}

/** The policy's locales, default `['en']`; an invalid list is reported and no locale is then required. */
function readLocales(collector: IssueCollector, locales: unknown): readonly string[] {
  if (locales === undefined) return ['en'];
  const valid =
    Array.isArray(locales) &&
    locales.length > 0 &&
    locales.every((locale) => typeof locale === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(locale)) &&
    new Set(locales).size === locales.length;
  if (valid) return locales as string[];
  collector.add('invalid-locales', ['locales'], { subject: 'the policy', received: printValue(locales) });
  return [];
}
