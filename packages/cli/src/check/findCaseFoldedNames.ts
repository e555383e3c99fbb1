import { relative } from 'node:path';
import type { LoadedPolicy } from '@cookie-ledger/extract';
import type { Finding } from '../report/Finding.js';

/**
 * Cookies declared under names that differ only in case (`dup` and `DUP`): two cookies for
 * browsers, which compare names exactly, but one for the servers and frameworks that fold
 * cookie names to one case. A warning at each declaration after the first of its spelling.
 */
export function findCaseFoldedNames(loaded: LoadedPolicy, root: string): Finding[] {
  const firstByFolded = new Map<string, LoadedPolicy['declarations'][number]>();
  const findings: Finding[] = [];
  for (const declaration of loaded.declarations) {
    const { name, storage } = declaration.cookie;
    if (storage !== 'cookie' || typeof name !== 'string') continue;
    const folded = name.toLowerCase();
    const first = firstByFolded.get(folded);
    if (first === undefined) {
      firstByFolded.set(folded, declaration);
      continue;
    }
    if (first.cookie.name === name) continue;
    const { file, line, column } = declaration.fields.name ?? declaration.location;
    const where = `${relative(root, first.location.file) || first.location.file}:${first.location.line}`;
    findings.push({
      ruleId: 'cookie-ledger/case-folded-name',
      severity: 'warning',
      message:
        `"${name}" differs from "${String(first.cookie.name)}" (${where}) only in case. Browsers keep them apart, but servers and frameworks that ` +
        'fold cookie names to one case read one as the other. Rename one of them, or keep both if every reader compares names exactly.',
      file,
      line,
      column,
    });
  }
  return findings;
}
