// The reference page lists every validation code core can report, and no code it cannot.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ISSUE_MESSAGES } from '@cookie-ledger/core';

it('docs/reference/declaration.md documents exactly the validation codes of core', () => {
  const page = readFileSync(new URL('../docs/reference/declaration.md', import.meta.url), 'utf8');
  const table = page.slice(page.indexOf('## Validation codes'));
  const documented = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
  expect(documented.sort()).toEqual(Object.keys(ISSUE_MESSAGES).sort());
});
