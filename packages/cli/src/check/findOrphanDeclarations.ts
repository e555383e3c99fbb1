import { relative } from 'node:path';
import { findDeclarations, type LoadedPolicy } from '@cookie-ledger/extract';
import type { Finding } from '../report/Finding.js';
import { SCRIPT_EXTENSIONS } from './listProjectFiles.js';

const isScript = (file: string) => SCRIPT_EXTENSIONS.some((extension) => file.endsWith(extension));

/**
 * `defineCookie(...)` calls in the project's files (path to text) that the policy does not
 * include; files `isIgnored` rejects (the project's ESLint ignores) are left out.
 */
export async function findOrphanDeclarations(
  files: ReadonlyMap<string, string>,
  loaded: LoadedPolicy,
  root: string,
  isIgnored: (file: string) => Promise<boolean>,
): Promise<Finding[]> {
  const included = new Set(loaded.declarations.map(({ location }) => `${location.file}:${location.line}:${location.column}`));
  // Only a file that says defineCookie can call it (an import or a re-export names it), and
  // declarations live in script modules, which is all extract reads.
  const candidates: string[] = [];
  for (const [file, text] of files) if (isScript(file) && text.includes('defineCookie') && !(await isIgnored(file))) candidates.push(file);
  const policyName = relative(root, loaded.file) || loaded.file;
  return findDeclarations(candidates)
    .filter(({ location }) => !included.has(`${location.file}:${location.line}:${location.column}`))
    .map(({ location, name }) => ({
      ruleId: 'cookie-ledger/orphan-declaration',
      severity: 'error',
      message: `This declaration${name === undefined ? '' : ` of ${typeof name === 'string' ? `"${name}"` : String(name)}`} is in no policy, so nothing checks it and no page shows it. Add it to the \`cookies\` of ${policyName}, or delete it.`,
      file: location.file,
      line: location.line,
      column: location.column,
    }));
}
