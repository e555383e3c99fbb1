import { COOKIE_ATTRIBUTES, type CookiePolicy, isSameAttributeValue, requiresConsent, toSeconds } from '@cookie-ledger/core';
import type { AuditFinding, AuditReport, AuditState, SeenItem, StateSummary } from '../types.js';
import { FINDING_MESSAGES } from './messages.js';
import { type MatchedDeclaration, declarationLabel, matchDeclaration, matchInOtherStorage } from './matchDeclaration.js';

/** The states in which an item that needs consent must not be present. */
const STATES_WITHOUT_CONSENT: readonly AuditState[] = ['before-consent', 'after-reject'];

/**
 * Seconds a cookie may outlive its declared duration: the browser stores an expiry date, and a
 * server's clock or an `Expires` date rounded to the second may put it a little later.
 */
const LIFETIME_TOLERANCE_SECONDS = 60;

/**
 * Holds what the browser stored against `policy` with core's `match` and consent rules: each
 * seen item gets the declaration that covers it, and the report its findings (see
 * `FINDING_CODES`), in the order of the seen items, then the `not-seen` notes in policy order.
 */
export function holdAgainstPolicy(policy: CookiePolicy, seen: readonly SeenItem[], states: readonly StateSummary[]): AuditReport {
  const findings: AuditFinding[] = [];
  const matched = new Set<number>();
  const declared = seen.map((item) => {
    const bare = withoutDeclaration(item);
    const declaration = matchDeclaration(policy, item.name, item.storage);
    const elsewhere = declaration ? undefined : matchInOtherStorage(policy, item.name, item.storage);
    const found = declaration ?? elsewhere;
    if (found) matched.add(found.index);
    findings.push(...(declaration ? checkDeclared(item, declaration) : checkUndeclared(item, elsewhere)));
    return found ? { ...bare, declaration: found.label, declarationIndex: found.index } : bare;
  });
  const firstUrl = states.find((state) => state.pages.length > 0)?.pages[0] ?? '';
  policy.cookies.forEach((cookie, index) => {
    if (matched.has(index)) return;
    const label = declarationLabel(cookie);
    findings.push({ code: 'not-seen', name: label, storage: cookie.storage, state: 'all', url: firstUrl, declaration: label, declarationIndex: index, message: FINDING_MESSAGES['not-seen'](label, cookie.storage) });
  });
  return { findings, seen: declared, states };
}

/** The item as recorded, without the declaration an earlier run (a shard's report) matched it to. */
function withoutDeclaration(item: SeenItem): SeenItem {
  const copy: { -readonly [K in keyof SeenItem]?: SeenItem[K] } = { ...item };
  delete copy.declaration;
  delete copy.declarationIndex;
  return copy as SeenItem;
}

/** The fields every finding about `item` carries, in the state it was first seen in (or `state`). */
function about(item: SeenItem, match: MatchedDeclaration | undefined, state: AuditState = item.states[0]!) {
  return {
    name: item.name,
    storage: item.storage,
    state,
    url: item.pages[state] ?? item.url,
    domain: item.domain,
    ...(item.initiator === undefined ? {} : { initiator: item.initiator }),
    ...(match === undefined ? {} : { declaration: match.label, declarationIndex: match.index }),
  };
}

function checkUndeclared(item: SeenItem, elsewhere: MatchedDeclaration | undefined): AuditFinding[] {
  if (elsewhere) return [{ code: 'wrong-storage', ...about(item, elsewhere), message: FINDING_MESSAGES['wrong-storage'](item, elsewhere.cookie.storage, elsewhere.label) }];
  return [{ code: 'undeclared', ...about(item, undefined), message: FINDING_MESSAGES.undeclared(item) }];
}

function checkDeclared(item: SeenItem, match: MatchedDeclaration): AuditFinding[] {
  const findings: AuditFinding[] = [];
  if (requiresConsent(match.cookie)) {
    for (const state of STATES_WITHOUT_CONSENT.filter((candidate) => item.states.includes(candidate))) {
      findings.push({ code: 'set-without-consent', ...about(item, match, state), message: FINDING_MESSAGES['set-without-consent'](item, state, match.label) });
    }
  }
  if (item.storage !== 'cookie') return findings;
  const duration = match.cookie.duration;
  if (duration !== undefined && item.lifetime !== undefined && isLonger(item.lifetime, toSeconds(duration))) {
    findings.push({ code: 'lifetime-longer', ...about(item, match), message: FINDING_MESSAGES['lifetime-longer'](item, item.lifetime, duration, match.label) });
  }
  const attributes = match.cookie.attributes ?? {};
  for (const attribute of COOKIE_ATTRIBUTES) {
    const expected = attributes[attribute];
    const actual = observed(item, attribute);
    if (expected === undefined || isSameAttributeValue(actual, expected)) continue;
    findings.push({ code: 'attributes-differ', ...about(item, match), message: FINDING_MESSAGES['attributes-differ'](item, attribute, actual, expected, match.label) });
  }
  return findings;
}

/** A persistent lifetime beyond the declared one; a persistent cookie declared as a session cookie (0 s). */
function isLonger(lifetime: number | null, declaredSeconds: number): boolean {
  if (lifetime === null) return false;
  if (declaredSeconds === 0) return true;
  return lifetime > declaredSeconds + LIFETIME_TOLERANCE_SECONDS;
}

/** An attribute as the browser applies it: a cookie without `SameSite` is treated as `lax`. */
function observed(item: SeenItem, attribute: (typeof COOKIE_ATTRIBUTES)[number]): unknown {
  return attribute === 'sameSite' ? (item.sameSite ?? 'lax') : item[attribute];
}
