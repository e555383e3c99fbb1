// The audit guide documents every finding code and every option of `cookie-ledger audit`.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { FINDING_CODES } from '../packages/audit/src/check/findingCodes.js';
import { help } from '../packages/cli/src/commands/audit.js';

const guide = readFileSync(new URL('../docs/auditing-the-site.md', import.meta.url), 'utf8');

it('docs/auditing-the-site.md lists every finding code with its severity', () => {
  const documented = [...guide.matchAll(/^\| `([a-z-]+)` \| (error|note) \|/gm)].map((match) => [match[1], match[2]]);
  expect(documented).toEqual(Object.entries(FINDING_CODES).map(([code, { severity }]) => [code, severity]));
});

it('docs/auditing-the-site.md explains every option of the command', () => {
  const options = [...help.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((match) => match[1]!).filter((option) => option !== '--help' && option !== '--quiet' && option !== '--policy');
  expect(options.length).toBeGreaterThan(10);
  for (const option of options) expect(guide, option).toContain(option);
});
