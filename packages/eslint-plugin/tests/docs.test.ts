// The docs match the code: a page per rule with the rule's URL, every sink family listed on the
// page of the rule that uses the catalogue, and the severity each page states equal to the one
// of `recommended`. (eslint-doc-generator --check, run by `pnpm lint`, covers headers and options.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { COOKIE_SINK_FAMILIES, STORAGE_SINK_FAMILIES } from '../src/sinks/index.js';

const docsDir = join(import.meta.dirname, '../docs/rules');
const pageOf = (name: string) => readFileSync(join(docsDir, `${name}.md`), 'utf8');

describe('rule docs', () => {
  for (const [name, rule] of Object.entries(plugin.rules)) {
    it(`${name} has a page at its docs URL`, () => {
      expect(existsSync(join(docsDir, `${name}.md`))).toBe(true);
      expect(rule.meta?.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`));
    });

    it(`${name} states its severity in recommended`, () => {
      const severity = plugin.configs.recommended.rules?.[`cookie-ledger/${name}`];
      expect(pageOf(name)).toContain(`Severity in \`recommended\`: \`${String(severity ?? 'off')}\`.`);
    });
  }

  it('no-undeclared-cookie lists every sink family of the catalogue', () => {
    const page = pageOf('no-undeclared-cookie');
    const missing = COOKIE_SINK_FAMILIES.filter((family) => !page.includes(`- ${family.description}`));
    expect(missing.map((family) => family.id)).toEqual([]);
  });

  it('no-undeclared-storage lists every storage family of the catalogue', () => {
    const page = pageOf('no-undeclared-storage');
    const missing = STORAGE_SINK_FAMILIES.filter((family) => !page.includes(`- ${family.description}`));
    expect(missing.map((family) => family.id)).toEqual([]);
  });
});
