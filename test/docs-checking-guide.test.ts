// The guide to `check` documents every finding the whole-project checks can report.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PROJECT_CHECKS } from '../packages/cli/src/report/Finding.js';

it('docs/checking-the-project.md lists every project check of cookie-ledger check', () => {
  const guide = readFileSync(new URL('../docs/checking-the-project.md', import.meta.url), 'utf8');
  const documented = [...guide.matchAll(/^\| `(cookie-ledger\/[a-z-]+)` \|/gm)].map((match) => match[1]);
  expect(documented.sort()).toEqual(Object.keys(PROJECT_CHECKS).sort());
});
