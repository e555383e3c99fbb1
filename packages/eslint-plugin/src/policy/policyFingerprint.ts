import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolvePolicyPath } from '@cookie-ledger/extract/resolve';
import { resolveModuleFile } from '../names/resolveModuleFile.js';
import { scanImportSpecifiers } from '../names/scanImportSpecifiers.js';

/**
 * A hash of the policy's source: the policy module and every project file it imports, read
 * without ts-morph. It changes when a declaration is added, removed or edited anywhere the
 * policy reads, which is what a cache of lint results must notice.
 */
export function getPolicyFingerprint(cwd: string, configured: string | undefined): string {
  const hash = createHash('sha256');
  const first = resolvePolicyPath(cwd, configured);
  const queue = first === undefined ? [] : [first];
  const seen = new Set<string>();
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    hash.update(`${file}\0${text ?? '(missing)'}\0`);
    for (const specifier of text === undefined ? [] : scanImportSpecifiers(text)) {
      const imported = resolveModuleFile(file, specifier);
      if (imported !== undefined) queue.push(imported);
    }
  }
  return hash.digest('hex').slice(0, 16);
}
