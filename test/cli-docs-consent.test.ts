// `cookie-ledger docs --format <consent manager>` end to end: the real binary on a small project;
// what a target cannot express is a warning at the declaration's name, and the exit code stays 0.
import { describe, expect, it } from 'vitest';
import { cookieLedger, createScratch, writeProject } from './helpers/cookieLedger.js';

const scratch = createScratch('docs-consent');

const POLICY = `import { defineCookie, defineCookiePolicy } from '@cookie-ledger/core';

export default defineCookiePolicy({
  owner: 'Acme',
  cookies: [
    defineCookie({ name: 'session', category: 'necessary', purpose: 'Login', attributes: { httpOnly: true } }),
    defineCookie({ name: '_ga_*', provider: 'Google', category: 'statistics', purpose: 'Stats', duration: { months: 13 } }),
    defineCookie({
      name: '*_hist',
      provider: 'Acme',
      category: 'preferences',
      purpose: 'History',
      duration: { days: 30 },
    }),
  ],
});
`;

describe('cookie-ledger docs --format <consent manager>', () => {
  const project = writeProject(scratch, { 'cookies.ts': POLICY });

  it('writes the c15t config as JSON and warns, at the name, about the suffix pattern c15t cannot hold', () => {
    const { status, stdout, stderr } = cookieLedger(['docs', '--format', 'c15t'], project);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ consentCategories: ['necessary', 'measurement', 'functionality'], clearOnRevocation: { measurement: { cookies: ['_ga_*'] } } });
    expect(stderr).toBe('cookies.ts:9:7: warning: "*_hist" is left out of the config: c15t takes exact names and prefixes ending in "*" only, not a suffix. Declare the exact names c15t should clear, or clear them with @cookie-ledger/runtime\'s jar.\n');
  });

  it('writes an ES module with RegExp patterns with --module', () => {
    const { status, stdout, stderr } = cookieLedger(['docs', '--format', 'vanilla-cookieconsent', '--module'], project);
    expect(status).toBe(0);
    expect(stdout).toContain('"name": /^_ga_/');
    expect(stdout).toContain('"name": /_hist$/');
    expect(stdout).toContain('export default config;');
    expect(stderr).toBe('');
  });

  it('lists the consent managers in its help and in the error for an unknown format', () => {
    expect(cookieLedger(['docs', '--help'], project).stdout).toContain('klaro | vanilla-cookieconsent | c15t | tarteaucitron');
    const { status, stderr } = cookieLedger(['docs', '--format', 'cookiebot'], project);
    expect(status).toBe(2);
    expect(stderr).toContain('Unknown format "cookiebot"');
  });
});
