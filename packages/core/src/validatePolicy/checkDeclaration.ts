import type { CookieCategory, Duration } from '../types/declaration.js';
import { COOKIE_CATEGORIES, PARTIES, SET_BY_VALUES, STORAGE_KINDS } from '../types/constants.js';
import { describeCookieNameProblem, getCookieNameProblem } from '../cookieName/getCookieNameProblem.js';
import { getNamePatternProblem } from '../namePattern/parseNamePattern.js';
import { getParty } from '../getParty/getParty.js';
import { getConsentExemption } from '../requiresConsent/requiresConsent.js';
import { checkAttributes, checkCookiePrefix } from './checkAttributes.js';
import { checkConsentShape, checkExemption } from './checkConsent.js';
import { checkDuration } from './checkDuration.js';
import { checkText, type TextContext } from './checkText.js';
import { type IssueCollector, isRecord, printValue } from './IssueCollector.js';

const DECLARATION_FIELDS = [
  'name', 'storage', 'provider', 'party', 'category', 'purpose', 'feature', 'locations',
  'condition', 'duration', 'attributes', 'consent', 'setBy', 'tcf',
] as const;
const KNOWN_FIELDS = new Set<string>(DECLARATION_FIELDS);

/** The policy-wide facts a declaration is checked against. */
export interface PolicyFacts {
  readonly collector: IssueCollector;
  readonly owner: string;
  readonly locales: readonly string[];
}

/** How a declaration is named in messages: its name when it has one, else its place. */
export function describeDeclaration(value: unknown, index: number): string {
  const name = isRecord(value) ? value.name : undefined;
  if (typeof name === 'string' && name !== '') return `"${name}"`;
  if (name instanceof RegExp) return String(name);
  return `cookies[${index}]`;
}

/** Checks one declaration on its own: every field's shape, and the rules that tie fields together. */
export function checkDeclaration(facts: PolicyFacts, value: unknown, index: number): void {
  const segments = ['cookies', index] as const;
  const context: TextContext = { collector: facts.collector, subject: describeDeclaration(value, index), locales: facts.locales };
  const { collector, subject } = context;
  if (!isRecord(value)) {
    collector.add('invalid-declaration', segments, { subject, received: printValue(value) });
    return;
  }
  const at = (field: string): (string | number)[] => [...segments, field];
  const bad = (code: Parameters<IssueCollector['add']>[0], field: string): void =>
    collector.add(code, at(field), { subject, received: printValue(value[field]) });

  for (const key of Object.keys(value)) {
    if (!KNOWN_FIELDS.has(key)) {
      collector.add('unknown-field', at(key), { subject, received: `\`${key}\``, detail: DECLARATION_FIELDS.join(', ') });
    }
  }

  const { name } = value;
  if (name === undefined || name === '') collector.add('missing-name', at('name'), { subject });
  else if (typeof name === 'string') {
    const problem = getNamePatternProblem(name);
    if (problem === 'wildcard-only') bad('wildcard-only-name', 'name');
    else if (problem) bad('invalid-pattern', 'name');
    else if ((value.storage ?? 'cookie') === 'cookie') checkCookieName(collector, name, at('name'), subject);
  } else if (!(name instanceof RegExp)) bad('invalid-name', 'name');

  if (value.storage !== undefined && !(STORAGE_KINDS as readonly unknown[]).includes(value.storage)) bad('invalid-storage', 'storage');

  let category: CookieCategory | undefined;
  if (value.category === undefined) collector.add('missing-category', at('category'), { subject });
  else if ((COOKIE_CATEGORIES as readonly unknown[]).includes(value.category)) category = value.category as CookieCategory;
  else bad('unknown-category', 'category');

  if (value.purpose === undefined) collector.add('missing-purpose', at('purpose'), { subject });
  else checkText(context, value.purpose, at('purpose'));
  for (const field of ['feature', 'condition'] as const) {
    if (value[field] !== undefined) checkText(context, value[field], at(field));
  }
  if (value.locations !== undefined) {
    if (Array.isArray(value.locations)) value.locations.forEach((text, i) => checkText(context, text, [...at('locations'), i]));
    else collector.add('invalid-text', at('locations'), { subject, received: printValue(value.locations) });
  }

  const providerValid = checkProvider(value.provider);
  if (!providerValid) bad('invalid-provider', 'provider');
  const partyValid = value.party === undefined || (PARTIES as readonly unknown[]).includes(value.party);
  if (!partyValid) bad('invalid-party', 'party');

  let duration: Duration | null | undefined;
  if (value.duration !== undefined) duration = checkDuration(context, value.duration, at('duration')) ?? null;

  const attributes = value.attributes === undefined ? undefined : (checkAttributes(context, value.attributes, at('attributes')) ?? null);
  if (typeof name === 'string' && (value.storage ?? 'cookie') === 'cookie' && attributes !== null) {
    checkCookiePrefix(context, name, attributes, segments);
  }

  const consentValid = value.consent === undefined || checkConsentShape(context, value.consent, at('consent'));
  if (value.setBy !== undefined && !(SET_BY_VALUES as readonly unknown[]).includes(value.setBy)) bad('invalid-set-by', 'setBy');
  if (value.tcf !== undefined && !checkTcf(value.tcf)) bad('invalid-tcf', 'tcf');

  if (category === undefined || !consentValid) return;
  const exemption = getConsentExemption({ category, consent: value.consent as never });
  if (exemption === undefined) {
    if (value.provider === undefined) collector.add('missing-provider', at('provider'), { subject });
    if (value.duration === undefined) collector.add('missing-duration', at('duration'), { subject });
  } else if (providerValid && partyValid) {
    const party = getParty({ party: value.party as never, provider: value.provider as never }, facts.owner);
    checkExemption(context, { exemption, party, duration }, segments);
  }
}

/** A cookie's name (or pattern) must be an RFC 6265 token; a storage key may be anything. */
function checkCookieName(collector: IssueCollector, name: string, path: (string | number)[], subject: string): void {
  const problem = getCookieNameProblem(name);
  if (problem) collector.add('invalid-cookie-name', path, { subject, received: printValue(name), detail: describeCookieNameProblem(problem) });
}

function checkProvider(provider: unknown): boolean {
  if (provider === undefined) return true;
  if (typeof provider === 'string') return provider.trim() !== '';
  if (!isRecord(provider) || typeof provider.name !== 'string' || provider.name.trim() === '') return false;
  const known = new Set(['name', 'url', 'privacyPolicy', 'country']);
  return Object.entries(provider).every(([key, field]) => known.has(key) && typeof field === 'string');
}

function checkTcf(tcf: unknown): boolean {
  const ids = (value: unknown, max: number): boolean =>
    Array.isArray(value) && value.every((id) => Number.isInteger(id) && id >= 1 && id <= max);
  return (
    isRecord(tcf) &&
    ids(tcf.purposes, 11) &&
    (tcf.specialPurposes === undefined || ids(tcf.specialPurposes, 3)) &&
    Object.keys(tcf).every((key) => key === 'purposes' || key === 'specialPurposes')
  );
}
