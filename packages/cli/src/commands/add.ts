import { COOKIE_CATEGORIES, STORAGE_KINDS, describeCookieNameProblem, getCookieNameProblem, getNamePatternProblem, type CookieCategory, type StorageKind } from '@cookie-ledger/core';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliContext } from '../CliContext.js';
import { ConfigError, UsageError } from '../errors.js';
import { findKnownCookie } from '../known-cookies/findKnownCookie.js';
import { addDeclarationsToFile, PolicyEditError, withPolicyLock, type NewDeclaration } from '../policy-edit/index.js';
import { describePolicyOption, findProjectPolicyFile } from '../loadProjectPolicy.js';
import { describeRemainingTodos, formatRemainingTodos } from '../describeRemainingTodos.js';
import { parseDurationOption } from '../parseDurationOption.js';
import { readPolicyFacts } from '../readPolicyFacts.js';
import { withUsageErrors } from '../withUsageErrors.js';
import { suggestDeclaration } from '../suggestDeclaration.js';

export const help = `Usage: cookie-ledger add NAME... [options]

Adds a declaration for each NAME to the policy: \`export const name = defineCookie({...})\` after
the file's other declarations, and the name in its \`cookies\` list (or the call in the list, when
the list holds its declarations written inline), keeping the file's formatting and comments. A
name the policy already covers is left alone. What the site sets itself has the policy's owner
as provider. A cookie the Open Cookie Database knows gets its provider (with its privacy
policy), category, purpose, duration and pattern (\`_hjSessionUser_*\` for \`_hjSessionUser_42\`),
and a third party's gets \`setBy: 'third-party-script'\`, marked for review. A policy of several
locales gets the purpose under each. What nobody gave is a TODO; when TODOs remain, the command
lists them and exits with 1.

Options:
${describePolicyOption(21)}
  --category C       ${COOKIE_CATEGORIES.join(' | ')} (default: from the Open Cookie Database, else a TODO)
  --provider P       who sets the cookies (default: from the Open Cookie Database, else the owner)
  --purpose TEXT     why they exist (default: from the Open Cookie Database, else a TODO)
  --duration D       how long they live: session, or 30d, 13months, 1y (default: from the database)
  --storage S        ${STORAGE_KINDS.join(' | ')} (default: cookie)
  -h, --help         show this help

Exit codes: 0 added (or already declared), 1 added with TODOs left, 2 usage or configuration error.
`;

const OPTIONS = {
  policy: { type: 'string' },
  category: { type: 'string' },
  provider: { type: 'string' },
  purpose: { type: 'string' },
  duration: { type: 'string' },
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

  const duration = values.duration === undefined ? undefined : parseDurationOption(values.duration);

  const { file } = await findProjectPolicyFile(context, values.policy);
  const added: NewDeclaration[] = [];
  const skipped: string[] = [];
  const typed = new Map<NewDeclaration, string>();
  // Read and written under the policy's lock: a concurrent add would otherwise write over this one.
  const facts = await withPolicyLock(file, { command: 'add', cwd: context.cwd }, () => {
    const read = readPolicyFacts(file);
    const owner = /^\s*TODO\b/.test(read.owner) ? undefined : read.owner;
    for (const name of names) {
      const declaration = read.isDeclared(name, storage)
        ? undefined
        : suggestDeclaration(name, { storage, category, duration, provider: values.provider, purpose: values.purpose, owner, locales: read.locales, known: findKnownCookie });
      // A known pattern (`_hjSessionUser_*`) may already be declared, or added for another name.
      if (declaration === undefined || read.isDeclared(declaration.name, storage) || added.some((other) => other.name === declaration.name)) skipped.push(name);
      else {
        added.push(declaration);
        typed.set(declaration, name);
      }
    }
    if (added.length > 0) {
      try {
        addDeclarationsToFile(file, added);
      } catch (error) {
        if (error instanceof PolicyEditError) throw new ConfigError(`Cannot add declarations to the policy:\n${error.message}`, { cause: error });
        throw error;
      }
    }
    return read;
  });

  const where = relative(context.cwd, file) || file;
  for (const declaration of added) {
    const as = typed.get(declaration) === declaration.name ? '' : ` as "${declaration.name}"`;
    context.stdout(`Added "${typed.get(declaration)}"${as} to ${where}${declaration.review ? `: ${declaration.review}` : ''}\n`);
  }
  for (const name of skipped) context.stdout(`"${name}" is already declared in ${where}; nothing to add.\n`);
  if (added.length === 0) return 0;
  const todos = describeRemainingTodos(file, facts.count, context.cwd);
  if (todos.length === 0) return 0;
  context.stdout(formatRemainingTodos(todos));
  return 1;
}

function checkChoice(flag: string, value: string | undefined, choices: readonly string[]): string | undefined {
  if (value === undefined || choices.includes(value)) return value;
  throw new UsageError(`${flag} "${value}" is not one of: ${choices.join(', ')}.`);
}
