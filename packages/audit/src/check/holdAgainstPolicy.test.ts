import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';
import { describe, expect, it } from 'vitest';
import type { SeenItem } from '../types.js';
import { holdAgainstPolicy } from './holdAgainstPolicy.js';

const policy = defineCookiePolicy({
  owner: 'Acme',
  cookies: [
    defineCookie({ name: 'sid', category: 'necessary', purpose: 'Login', duration: 'session', attributes: { sameSite: 'lax', domain: 'example.com' } }),
    defineCookie({ name: '_ga_*', category: 'statistics', provider: 'Google', purpose: 'Visits', duration: { months: 13 } }),
    defineCookie({ name: 'exempt_stats', category: 'statistics', consent: { exempt: 'audience-measurement' }, provider: 'Acme', purpose: 'Counts', duration: { months: 13 } }),
  ],
});

function cookie(name: string, fields: Partial<SeenItem> = {}): SeenItem {
  return { name, storage: 'cookie', domain: '.example.com', path: '/', thirdParty: false, states: ['before-consent'], url: 'https://example.com/', pages: { 'before-consent': 'https://example.com/' }, ...fields };
}

const codes = (seen: SeenItem[]) => holdAgainstPolicy(policy, seen, []).findings.map((finding) => `${finding.code} ${finding.name}`);

describe('holdAgainstPolicy', () => {
  it('treats a cookie set without SameSite as lax, and domains without their leading dot', () => {
    expect(codes([cookie('sid', { lifetime: null }), cookie('_ga_X', { states: ['after-accept'] }), cookie('exempt_stats')])).toEqual([]);
  });

  it('reports a persistent cookie declared as a session cookie as living longer', () => {
    const [finding] = holdAgainstPolicy(policy, [cookie('sid', { lifetime: 86_400 }), cookie('_ga_X', { states: ['after-accept'] }), cookie('exempt_stats')], []).findings;
    expect(finding).toMatchObject({ code: 'lifetime-longer', declaration: 'sid' });
    expect(finding!.message).toContain('lives 1 day; declared a session cookie (until the browser closes)');
  });

  it('matches patterns through the policy, and needs consent only where the declaration does', () => {
    const findings = holdAgainstPolicy(policy, [cookie('sid'), cookie('_ga_X', { states: ['before-consent', 'after-accept', 'after-reject'] }), cookie('exempt_stats')], []).findings;
    expect(findings.map(({ code, state, declaration }) => `${code} ${state} ${declaration}`)).toEqual(['set-without-consent before-consent _ga_*', 'set-without-consent after-reject _ga_*']);
  });

  it('notes each declaration nothing matched', () => {
    expect(codes([cookie('sid')])).toEqual(['not-seen _ga_*', 'not-seen exempt_stats']);
  });
});
