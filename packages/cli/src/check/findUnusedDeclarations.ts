import type { CookiePolicy, ResolvedCookie } from '@cookie-ledger/core';
import type { LoadedDeclaration } from '@cookie-ledger/extract';
import { findCoveringDeclarations, type RecordedName, type RecordedWrite } from '@cookie-ledger/eslint-plugin/writes';
import type { Finding } from '../report/Finding.js';

/**
 * Declarations no write in the project uses: those the app itself writes (`setBy: 'app'`), of a
 * storage kind whose writes are recorded. A write with a partly known name uses the patterns
 * that cover its known ends; a write whose name is unknown uses nothing.
 */
export function findUnusedDeclarations(
  policy: CookiePolicy,
  declarations: readonly LoadedDeclaration[],
  writes: readonly RecordedWrite[],
  recordedKinds: readonly string[],
): Finding[] {
  const used = new Set<ResolvedCookie>();
  for (const write of writes) {
    const kinds = write.storageFromPolicy ? recordedKinds : [write.storage];
    for (const name of write.names) for (const storage of kinds) for (const cookie of coveredBy(policy, storage as RecordedWrite['storage'], name)) used.add(cookie);
  }
  return declarations
    .filter(({ cookie }) => cookie.setBy === 'app' && recordedKinds.includes(cookie.storage) && !used.has(cookie))
    .map(({ cookie, location, fields }) => {
      const at = fields.name ?? location;
      return {
        ruleId: 'cookie-ledger/unused-declaration',
        severity: 'error',
        message: `${describeName(cookie.name)} is declared, but no code in the project sets it. Remove the declaration if the ${cookie.storage === 'cookie' ? 'cookie' : 'key'} is gone, or say who sets it: \`setBy: 'library'\` (a dependency) or \`setBy: 'third-party-script'\` (a tag in the page).`,
        file: at.file,
        line: at.line,
        column: at.column,
      };
    });
}

function coveredBy(policy: CookiePolicy, storage: RecordedWrite['storage'], name: RecordedName): readonly ResolvedCookie[] {
  if (name.kind === 'unknown') return [];
  if (name.kind === 'exact') {
    const cookie = policy.match(name.name, storage);
    return cookie ? [cookie] : [];
  }
  return findCoveringDeclarations(name.prefix, name.suffix, policy, storage);
}

function describeName(name: string | RegExp): string {
  return typeof name === 'string' ? `"${name}"` : String(name);
}
