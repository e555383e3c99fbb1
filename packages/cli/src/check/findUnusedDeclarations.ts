import { parseNamePattern, type CookiePolicy, type ResolvedCookie } from '@cookie-ledger/core';
import type { LoadedDeclaration } from '@cookie-ledger/extract';
import type { RecordedName, RecordedWrite } from '@cookie-ledger/eslint-plugin/writes';
import type { Finding } from '../report/Finding.js';

// A RegExp declaration cannot be compared with a partly known name; it is taken as written by
// such a name when it matches the known ends around a sample middle (as the rule does).
const SAMPLE_MIDDLE = 'x';

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
    for (const name of write.names) for (const cookie of coveredBy(policy, write.storage, name)) used.add(cookie);
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

function coveredBy(policy: CookiePolicy, storage: RecordedWrite['storage'], name: RecordedName): ResolvedCookie[] {
  if (name.kind === 'unknown') return [];
  if (name.kind === 'exact') {
    const cookie = policy.match(name.name, storage);
    return cookie ? [cookie] : [];
  }
  return policy.cookies.filter((cookie) => {
    if (cookie.storage !== storage) return false;
    const pattern = parseNamePattern(cookie.name);
    switch (pattern.kind) {
      case 'prefix':
        return name.prefix.startsWith(pattern.prefix);
      case 'suffix':
        return name.suffix.endsWith(pattern.suffix);
      case 'regex':
        return pattern.regex.test(name.prefix + SAMPLE_MIDDLE + name.suffix);
      default:
        return false;
    }
  });
}

function describeName(name: string | RegExp): string {
  return typeof name === 'string' ? `"${name}"` : String(name);
}
