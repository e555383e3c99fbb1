// docs/consent.md says what the code does: the Consent Mode table is CONSENT_MODE_TYPES, the
// Set-Cookie shown is serializeCookie's for the example's session cookie, and every consent
// manager the CLI generates for is described.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import policy from '../docs/examples/opendatasoft-portal/src/cookies.js';
import { CONSENT_TARGETS } from '../packages/docgen/src/consent/types.js';
import { CONSENT_MODE_TYPES } from '../packages/runtime/src/bridges/consentMode.js';
import { serializeCookie } from '../packages/runtime/src/serializeCookie/serializeCookie.js';

const page = readFileSync(new URL('../docs/consent.md', import.meta.url), 'utf8');

describe('docs/consent.md', () => {
  it('documents the Consent Mode mapping the bridge sends', () => {
    const rows = [...page.matchAll(/^\| `([a-z_]+)` \| `([a-z]+)`/gm)].map((match) => [match[1], match[2]]);
    expect(Object.fromEntries(rows)).toEqual(CONSENT_MODE_TYPES);
  });

  it("shows serializeCookie's output for the example's session cookie", () => {
    const shown = /^\/\/ (sessionid=.*)$/m.exec(page)?.[1];
    expect(serializeCookie(policy, 'sessionid', '…')).toBe(shown?.replace('…', '%E2%80%A6'));
  });

  it('describes every consent manager `docs --format` takes', () => {
    const section = page.slice(page.indexOf("## The banner's config"), page.indexOf('### What a target cannot express'));
    const described = [...section.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]);
    expect(described).toEqual([...CONSENT_TARGETS]);
  });
});
