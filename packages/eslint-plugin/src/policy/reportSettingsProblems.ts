import { basename, relative } from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import { ESLINT_CONFIG_FILES } from '@cookie-ledger/extract/resolve';
import type { ConfigurationMessageId } from './listenWithPolicy.js';
import { locateSetting } from './locateSetting.js';
import { isFirstReport } from './reportOnce.js';
import type { SettingsProblem } from './settings.js';

const FIRST_LINE = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
// The config files that already showed the problems: the first of the four rules reports them.
const reportedFiles = new WeakSet<object>();

/**
 * Reports what is wrong with `settings['cookie-ledger']`: in the ESLint config file itself, at
 * each problem's key, whenever that file is linted; elsewhere on line 1 of the first file of the
 * run and of every file that has writes (`hasWrites`), which the settings keep from being
 * checked, so that an editor's later lints never look clean. True when it reported. Each problem is prefixed with
 * `eslint.config.js:line:column:` when its key is written in the config that applies to the file.
 */
export function reportSettingsProblems(
  context: Readonly<TSESLint.RuleContext<ConfigurationMessageId, readonly unknown[]>>,
  problems: readonly SettingsProblem[],
  hasWrites = false,
): boolean {
  if (reportedFiles.has(context.sourceCode)) return true;
  if ((ESLINT_CONFIG_FILES as readonly string[]).includes(basename(context.filename))) {
    const here = problems.flatMap((problem) => {
      const location = problem.key === undefined ? undefined : locateSetting(context.filename, problem.key);
      return location?.file === context.filename ? [{ ...location, message: problem.message }] : [];
    });
    if (here.length > 0) {
      reportedFiles.add(context.sourceCode);
      for (const { line, column, message } of here) context.report({ loc: { line, column: column - 1 }, messageId: 'settingsProblem', data: { message } });
      return true;
    }
  }
  if (!isFirstReport(`settings\0${problems.map(({ message }) => message).join('\n')}`) && !hasWrites) return false;
  reportedFiles.add(context.sourceCode);
  context.report({ loc: FIRST_LINE, messageId: 'invalidSettings', data: { problems: formatSettingsProblems(problems, context.filename, context.cwd).join('\n') } });
  return true;
}

/**
 * Each problem as a line, prefixed with `eslint.config.js:line:column:` (relative to `cwd`) when
 * its key is written in the ESLint config that applies to `file`.
 */
export function formatSettingsProblems(problems: readonly SettingsProblem[], file: string, cwd: string): string[] {
  return problems.map(({ message, key }) => {
    const location = key === undefined ? undefined : locateSetting(file, key);
    return location === undefined ? message : `${relative(cwd, location.file) || location.file}:${location.line}:${location.column}: ${message}`;
  });
}
