import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadedPolicy } from '@cookie-ledger/extract';
import { loadCachedPolicy, PolicyLoadError } from '@cookie-ledger/extract/cached';
import cookieLedger from '@cookie-ledger/eslint-plugin';
import { RECORDED_STORAGE_KINDS } from '@cookie-ledger/eslint-plugin/writes';
import type { CliContext } from '../CliContext.js';
import { ConfigError, UsageError } from '../errors.js';
import { describePolicyOption, findProjectPolicyFile } from '../loadProjectPolicy.js';
import { withUsageErrors } from '../withUsageErrors.js';
import { findCaseFoldedNames } from '../check/findCaseFoldedNames.js';
import { findOrphanDeclarations } from '../check/findOrphanDeclarations.js';
import { describeUncheckedFiles } from '../check/describeUncheckedFiles.js';
import { findUnusedDeclarations } from '../check/findUnusedDeclarations.js';
import { ProjectLinter } from '../check/ProjectLinter.js';
import { readProjectFiles } from '../check/readProjectFiles.js';
import { Progress } from '../check/Progress.js';
import { type Finding, PROJECT_CHECKS } from '../report/Finding.js';
import { CHECK_FORMATS, type CheckFormat, formatFindings } from '../report/formatFindings.js';

export const help = `Usage: cookie-ledger check [paths...] [options]

Checks the whole project against its policy: every cookie write the ESLint rules report, plus
what only the whole project shows: declarations no code sets, defineCookie calls in no policy,
and invalid declarations. Without paths it reads the whole project (the nearest folder with an
ESLint config, else with a package.json), from whichever of its folders it runs; paths are
relative to the current directory. Honours .gitignore files and the project's ESLint ignores.
Reads .js/.jsx/.ts/.tsx (every module flavour) and .vue, .svelte and .astro files; those need
their ESLint parser (vue-eslint-parser, svelte-eslint-parser, astro-eslint-parser) installed
in the project, and says which it could not read.

Options:
${describePolicyOption(21)}
  --format FORMAT    ${CHECK_FORMATS.join(' | ')} (default: stylish)
  --quiet            no progress indicator and no summary line
  -h, --help         show this help

Exit codes: 0 clean, 1 problems found, 2 usage or configuration error.
`;

const OPTIONS = {
  policy: { type: 'string' },
  format: { type: 'string', default: 'stylish' },
  quiet: { type: 'boolean', default: false },
} as const;

/** `cookie-ledger check`: the rules over the project, and the checks only the whole project shows. */
export default async function check(args: readonly string[], context: CliContext): Promise<number> {
  const { values, positionals } = withUsageErrors('check', () => parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true }));
  const format = values.format as CheckFormat;
  if (!CHECK_FORMATS.includes(format)) throw new UsageError(`--format "${values.format}" is not one of: ${CHECK_FORMATS.join(', ')}.`);
  const progress = new Progress(context, context.interactive === true && !values.quiet);

  const { root, file: policyFile } = await findProjectPolicyFile(context, values.policy);
  progress.update('cookie-ledger: reading the policy...');
  const policy = readPolicy(policyFile);

  progress.update('cookie-ledger: listing files...');
  // Without paths, the whole project, wherever it is run; paths are relative to the current directory.
  const paths = positionals.length === 0 ? ['.'] : positionals.map((path) => relative(root, resolve(context.cwd, path)) || '.');
  const files = readProjectFiles(root, paths);
  const findings: Finding[] = [];
  const notices: string[] = [];
  let linted = 0;
  if ('invalid' in policy) {
    findings.push(...policy.invalid);
  } else {
    const linter = await ProjectLinter.create(root, policyFile);
    const outcome = await linter.lint(files, (done, total) => progress.update(`cookie-ledger: checking files ${done}/${total}...`));
    linted = outcome.linted;
    notices.push(...describeUncheckedFiles(outcome.unchecked, root, linter.configFile));
    findings.push(...outcome.findings);
    findings.push(...findUnusedDeclarations(policy.loaded.policy, policy.loaded.declarations, outcome.writes, RECORDED_STORAGE_KINDS));
    findings.push(...(await findOrphanDeclarations(files, policy.loaded, root, (file) => linter.isIgnored(file))));
    findings.push(...findCaseFoldedNames(policy.loaded, root));
  }
  progress.clear();

  const text = await formatFindings(findings, format, { root, version: readVersion(), rules: describeRules() });
  if (format !== 'stylish' || findings.length > 0) context.stdout(text);
  for (const notice of notices) context.stderr(`${notice}\n`);
  if (!values.quiet) context.stderr(`${summarize(findings, files.size, linted, relative(root, policyFile) || policyFile, 'invalid' in policy)}\n`);
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}

type PolicyOutcome = { readonly loaded: LoadedPolicy } | { readonly invalid: readonly Finding[] };

/** The policy, or its validation problems as findings; a policy that cannot be evaluated is a configuration error. */
function readPolicy(file: string): PolicyOutcome {
  try {
    return { loaded: loadCachedPolicy(file) };
  } catch (error) {
    if (!(error instanceof PolicyLoadError)) throw error;
    if (error.evaluated === undefined) throw new ConfigError(`The policy cannot be read:\n${error.message}`, { cause: error });
    return {
      invalid: error.problems.map(({ message, location }) => ({
        ruleId: 'cookie-ledger/invalid-declaration',
        severity: 'error',
        message,
        file: location.file,
        line: location.line,
        column: location.column,
      })),
    };
  }
}

function summarize(findings: readonly Finding[], fileCount: number, linted: number, policy: string, invalid: boolean): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const result = findings.length === 0 ? 'no problems' : `${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  const scope = invalid
    ? `${policy} is invalid, so the code was not checked against it; fix the declarations above and run again`
    : `${plural(fileCount, 'file')} (${linted} that can set cookies parsed) checked against ${policy}`;
  return `cookie-ledger check: ${result}. ${scope}.`;
}

function describeRules() {
  const pluginRules = Object.entries(cookieLedger.rules).map(([name, rule]) => ({
    id: `cookie-ledger/${name}`,
    description: rule.meta?.docs?.description ?? name,
    ...(rule.meta?.docs?.url === undefined ? {} : { helpUri: rule.meta.docs.url }),
  }));
  const projectChecks = Object.entries(PROJECT_CHECKS).map(([id, description]) => ({ id, description }));
  return [...pluginRules, ...projectChecks];
}

function readVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}
