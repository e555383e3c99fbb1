import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY_PATHS } from '@cookie-ledger/extract';
import type { CliContext } from '../CliContext.js';
import { ConfigError } from '../errors.js';
import { collectWrittenNames } from '../check/collectWrittenNames.js';
import { describeUncheckedFiles } from '../check/describeUncheckedFiles.js';
import { ProjectLinter } from '../check/ProjectLinter.js';
import { Progress } from '../check/Progress.js';
import { readProjectFiles } from '../check/readProjectFiles.js';
import { findKnownCookie } from '../known-cookies/findKnownCookie.js';
import { createFileAtomic, printNewPolicy, withPolicyLock } from '../policy-edit/index.js';
import { findPolicyAbove } from '../project/findPolicyAbove.js';
import { findProject } from '../project/findProject.js';
import { describeRemainingTodos, formatRemainingTodos } from '../describeRemainingTodos.js';
import { secondsToDuration } from '../secondsToDuration.js';
import { suggestDeclaration } from '../suggestDeclaration.js';
import { withUsageErrors } from '../withUsageErrors.js';

export const help = `Usage: cookie-ledger init [options]

Scans the project for the cookies and storage keys its code sets and writes a policy declaring
each of them, with the storage kind, lifetime and attributes the code sets, and the owner as
provider of what the site sets itself: the ones the Open Cookie Database knows filled in and
marked for review, the others with a TODO purpose and category that fail validation until
someone writes them. When TODOs remain, it lists them and exits with 1. Never overwrites an
existing policy, and never writes a second one: when the project has a policy (the file the
ESLint config's settings['cookie-ledger'].policy names, or cookies.ts or src/cookies.ts in the
project's folder or above), it stops and says where, unless --policy says where to write.

Options:
  --policy FILE      where to write the policy (default: the file the ESLint config's
                     settings['cookie-ledger'].policy names, else src/cookies.ts in the
                     project's folder when it has a src folder, else cookies.ts there)
  --owner NAME       the company that runs the site (default: package.json's author, else a TODO)
  -h, --help         show this help
`;

const OPTIONS = {
  policy: { type: 'string' },
  owner: { type: 'string' },
} as const;

/** `cookie-ledger init`: writes a first policy from what the code sets. */
export default async function init(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = withUsageErrors('init', () => parseArgs({ args: [...args], options: OPTIONS, strict: true }));
  const { root, policy } = await findProject(context, values.policy);
  const target = policy.found ? policy.file : policy.source === 'default' ? join(root, existsSync(join(root, 'src')) ? DEFAULT_POLICY_PATHS[1] : DEFAULT_POLICY_PATHS[0]) : policy.looked[0]!;
  // Only an explicit --policy writes a second policy: the project's (or one above, which a
  // monorepo package without an ESLint config of its own shares) is where declarations go.
  const existing = policy.found ? policy.file : values.policy === undefined ? findPolicyAbove(context.cwd) : undefined;
  if (existing !== undefined) {
    const how = policy.found && policy.source === 'setting' ? " (the file settings['cookie-ledger'].policy names in the ESLint config)" : '';
    throw new ConfigError(
      `${relative(context.cwd, existing) || existing} already exists${how}, and init never overwrites a policy. Add declarations to it with \`cookie-ledger add NAME...\`, ` +
        'or pass --policy FILE to write another policy on purpose (for a package with a policy of its own).',
    );
  }

  const progress = new Progress(context, context.interactive === true);
  progress.update('cookie-ledger: listing files...');
  const files = readProjectFiles(root, ['.']);
  const linter = await ProjectLinter.create(root, undefined);
  const { writes, unchecked } = await linter.lint(files, (done, total) => progress.update(`cookie-ledger: scanning files ${done}/${total}...`));
  progress.clear();

  const { names, unresolved } = collectWrittenNames(writes);
  const owner = values.owner ?? readAuthor(root);
  const declarations = names.map(({ name, storage, lifetimeSeconds, attributes }) =>
    suggestDeclaration(name, {
      storage,
      owner,
      locales: [],
      appWritten: true,
      written: { duration: lifetimeSeconds === undefined ? undefined : secondsToDuration(lifetimeSeconds), attributes },
      known: (concrete) => findKnownCookie(concrete, { appWritten: true }),
    }),
  );
  const text = printNewPolicy(owner ?? 'TODO: the company that runs the site', declarations);
  await withPolicyLock(target, { command: 'init', cwd: context.cwd }, () => {
    try {
      createFileAtomic(target, text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ConfigError(`${relative(context.cwd, target)} appeared while init was scanning; it was left as it is.`);
      throw error;
    }
  });

  const known = declarations.filter((declaration) => declaration.review?.startsWith('From the Open Cookie Database')).length;
  context.stdout(
    `Wrote ${relative(context.cwd, target)}: ${declarations.length} declaration${declarations.length === 1 ? '' : 's'} from ${files.size} files, ` +
      `${known} filled in from the Open Cookie Database, ${declarations.length - known} with a TODO to write.\n`,
  );
  for (const write of unresolved) {
    context.stdout(`${relative(context.cwd, write.file)}:${write.line}:${write.column}: a ${write.storage} is written here under a name read only at run time; declare it by hand.\n`);
  }
  for (const notice of describeUncheckedFiles(unchecked, root, linter.configFile)) context.stderr(`${notice}\n`);
  const todos = describeRemainingTodos(target, 0, context.cwd);
  if (todos.length > 0) {
    context.stdout(formatRemainingTodos(todos));
    return 1;
  }
  context.stdout('Review the declarations, then run `cookie-ledger check`.\n');
  return 0;
}

/** The author of the project's package.json: `"Name <email>"` or `{ name }`. */
function readAuthor(root: string): string | undefined {
  try {
    const { author } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { author?: string | { name?: string } };
    const name = typeof author === 'string' ? author.replace(/\s*[<(].*$/, '') : author?.name;
    return name?.trim() || undefined;
  } catch {
    return undefined;
  }
}
