import { COOKIE_CATEGORIES, STORAGE_KINDS, describeCookieNameProblem, getCookieNameProblem, getNamePatternProblem, type CookieCategory, type StorageKind } from '@cookie-ledger/core';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliContext } from '../CliContext.js';
import { ConfigError, UsageError } from '../errors.js';
import { findKnownCookie } from '../known-cookies/findKnownCookie.js';
import { addDeclarationsToFile, PolicyEditError, withPolicyLock, type NewDeclaration } from '../policy-edit/index.js';
import { describePolicyOption, findProjectPolicyFile } from '../loadProjectPolicy.js';
import { readDeclaredNames } from '../readDeclaredNames.js';
import { withUsageErrors } from '../withUsageErrors.js';
import { suggestDeclaration } from '../suggestDeclaration.js';

export const help = `Usage: cookie-ledger add NAME... [options]

Adds a defineCookie declaration for each NAME to the policy's \`cookies\` list, keeping the
file's formatting and comments. A name the policy already covers is left alone. A cookie the
Open Cookie Database knows gets its provider, category, purpose and duration filled in, marked
for review; any other gets a TODO purpose that fails validation until someone writes it.

Options:
${describePolicyOption(21)}
  --category C       ${COOKIE_CATEGORIES.join(' | ')} (default: from the Open Cookie Database, else necessary)
  --provider P       who sets the cookies (default: from the Open Cookie Database, else the owner)
  --purpose TEXT     why they exist (default: from the Open Cookie Database, else a TODO)
  --storage S        ${STORAGE_KINDS.join(' | ')} (default: cookie)
  -h, --help         show this help
`;

const OPTIONS = {
  policy: { type: 'string' },
  category: { type: 'string' },
  provider: { type: 'string' },
  purpose: { type: 'string' },
  storage: { type: 'string', default: 'cookie' },
} as const;

/** `cookie-ledger add NAME...`: declares names in the policy file, idempotently. */
export default async function add(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = withUsageErrors('add', () => parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }));
  const names = [...new Set(positionals)];
  if (names.length === 0) throw new UsageError('Name at least one cookie: `cookie-ledger add NAME...`.\nRun `cookie-ledger add --help` for its options.');
  const category = checkChoice('--category', values.category, COOKIE_CATEGORIES) as CookieCategory | undefined;
  const storage = checkChoice('--storage', values.storage, STORAGE_KINDS) as StorageKind;
  for (const name of names) {
    if (getNamePatternProblem(name)) throw new UsageError(`"${name}" is not a cookie name or pattern: a \`*\` may stand once, at the start or at the end ('_ga_*', '*_id').`);
    const problem = storage === 'cookie' ? getCookieNameProblem(name) : undefined;
    if (problem) throw new UsageError(`${JSON.stringify(name)} cannot be a cookie's name: it ${describeCookieNameProblem(problem)}. Nothing was added.`);
  }

  const { file } = await findProjectPolicyFile(context, values.policy);
  const added: NewDeclaration[] = [];
  const skipped: string[] = [];
  // Read and written under the policy's lock: a concurrent add would otherwise write over this one.
  await withPolicyLock(file, { command: 'add', cwd: context.cwd }, () => {
    const isDeclared = readDeclaredNames(file);
    for (const name of names) {
      if (isDeclared(name, storage)) skipped.push(name);
      else added.push(suggestDeclaration(name, { storage, category, provider: values.provider, purpose: values.purpose, known: findKnownCookie }));
    }
    if (added.length > 0) {
      try {
        addDeclarationsToFile(file, added);
      } catch (error) {
        if (error instanceof PolicyEditError) throw new ConfigError(`Cannot add declarations to the policy:\n${error.message}`, { cause: error });
        throw error;
      }
    }
  });

  const where = relative(context.cwd, file) || file;
  for (const declaration of added) context.stdout(`Added "${declaration.name}" to ${where}${declaration.review ? `: ${declaration.review}` : ''}\n`);
  for (const name of skipped) context.stdout(`"${name}" is already declared in ${where}; nothing to add.\n`);
  return 0;
}

function checkChoice(flag: string, value: string | undefined, choices: readonly string[]): string | undefined {
  if (value === undefined || choices.includes(value)) return value;
  throw new UsageError(`${flag} "${value}" is not one of: ${choices.join(', ')}.`);
}
