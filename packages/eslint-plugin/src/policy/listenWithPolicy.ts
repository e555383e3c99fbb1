import { dirname, isAbsolute, relative } from 'node:path';
import { findProjectDirectory } from '@cookie-ledger/extract/resolve';
import type { CookiePolicy } from '@cookie-ledger/core';
import type { TSESLint } from '@typescript-eslint/utils';
import type { CookieWrite } from '../writes/cookieWrite.js';
import { createTypeReader } from '../names/createTypeReader.js';
import { NO_LISTENERS, listenForWrites } from '../writes/listenForWrites.js';
import { type PolicyState, readPolicy } from './readPolicy.js';
import { reportSettingsProblems } from './reportSettingsProblems.js';
import { getSettings } from './settings.js';
import { withDeclaredStorage } from './withDeclaredStorage.js';

/**
 * The messages every rule gives for a configuration it cannot work with. A policy that cannot be
 * read is reported on every file that would be checked against it, until it is fixed (editors
 * keep one ESLint process: a later lint must not look clean); one rule reports it per file.
 */
export const CONFIGURATION_MESSAGES = {
  // The text is @cookie-ledger/extract's, the same as every cookie-ledger command's.
  policyNotFound: '{{message}} No cookie write was checked.',
  policyUnreadable: 'The cookie policy {{policy}} could not be read, so no cookie write was checked:\n{{problems}}\nFix the policy file.',
  policyProblem: 'The cookie policy cannot be read because of this, so no cookie write is checked: {{message}}',
  invalidSettings: 'The cookie-ledger settings are invalid, so no cookie write was checked:\n{{problems}}\nFix them in the ESLint config. (Reported on the first file, on every file with writes, and in the config file at each key.)',
  settingsProblem: 'The cookie-ledger settings are invalid because of this, so no cookie write is checked: {{message}}',
} as const;

/** The ids of {@link CONFIGURATION_MESSAGES}. */
export type ConfigurationMessageId = keyof typeof CONFIGURATION_MESSAGES;

/** The option every rule takes: `typeAware`, which overrides `settings['cookie-ledger'].typeAware` for the rule. */
export type RuleOptions = [{ typeAware?: boolean }];

/** The schema of {@link RuleOptions}. */
export const RULE_OPTIONS_SCHEMA = [
  {
    type: 'object' as const,
    properties: {
      typeAware: {
        type: 'boolean' as const,
        description:
          'Also read names from string-literal types (`\'a\' | \'b\'`, `` `_ga_${string}` ``) where the file has type information. Overrides `settings[\'cookie-ledger\'].typeAware` (default `false`) for this rule.',
      },
    },
    additionalProperties: false,
  },
];

/** The policy the writes are checked against, with the name messages give it. */
export interface CheckedPolicy {
  readonly policy: CookiePolicy;
  /** The policy file, relative to the current directory. */
  readonly name: string;
}

const FIRST_LINE = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };
type Problem = { messageId: ConfigurationMessageId; data: Record<string, string>; loc?: typeof FIRST_LINE };

// The last state of each policy (by the folder its setting is resolved in, then the setting) in
// this process. While it is loaded, files without writes need not look at it again; once it is
// broken, every file looks, so the problem is reported until the policy is fixed. Keyed in two
// steps by strings kept elsewhere, so that a file's look-up hashes no new string.
const lastStates = new Map<string, Map<string, PolicyState>>();
// The files that already reported the policy's state: the first of the four rules reports it.
const reportedFiles = new WeakSet<object>();
// The file where the first rule found nothing to listen for (the policy loaded, the file cannot
// write), with the settings object it read: a rule with the same settings, created next for the
// same file, would find the same, and returns at once (most files of a project are such files).
// ESLint creates every rule for one file before the next file, so the last such file is enough.
let quietFile: { readonly sourceCode: object; readonly settings: object } | undefined;

/**
 * The listeners of a rule that checks writes against the policy: at the end of each file that
 * has writes, `check` gets them with the loaded policy. Invalid settings are reported on the
 * first file and on every file with writes; a policy that cannot be read is reported on the first file of the run, on every file
 * whose writes it keeps from being checked, on the policy's own files at the problem's line,
 * and, once seen broken, on every file until it is fixed.
 */
export function listenWithPolicy<M extends string>(
  context: Readonly<TSESLint.RuleContext<M | ConfigurationMessageId, RuleOptions>>,
  options: RuleOptions[0],
  check: (writes: readonly CookieWrite[], policy: CheckedPolicy) => void,
): TSESLint.RuleListener {
  // Most files stop at the quiet check: only the two properties it needs are read before it.
  const { sourceCode, settings: given } = context;
  if (quietFile?.sourceCode === sourceCode && quietFile.settings === given) return NO_LISTENERS;
  const { cwd, filename } = context;
  const settings = getSettings(given, cwd);
  if (settings.problems.length > 0) {
    if (reportSettingsProblems(context, settings.problems)) return {};
    // A file whose writes the settings keep from being checked says so, as with a broken policy.
    return listenForWrites(context, settings, undefined, (writes) => {
      if (writes.length > 0) reportSettingsProblems(context, settings.problems, true);
    });
  }
  // An absolute policy path needs no project folder to resolve it against.
  const base = settings.policy !== undefined && isAbsolute(settings.policy) ? cwd : (isAbsolute(filename) && findProjectDirectory(dirname(filename))) || cwd;
  let states = lastStates.get(base);
  if (!states) lastStates.set(base, (states = new Map()));
  const setting = settings.policy ?? '';
  const readNow = (): PolicyState => {
    const state = readPolicy({ cwd, projectDirectory: base, setting: settings.policy });
    states.set(setting, state);
    if (state.kind !== 'loaded') reportPolicyState(context, state);
    return state;
  };
  const last = states.get(setting);
  if (!last || last.kind !== 'loaded' || last.files.includes(filename)) {
    if (readNow().kind !== 'loaded') return {};
  }
  const typeAware = options.typeAware ?? settings.typeAware;
  const listeners = listenForWrites(context, settings, typeAware ? createTypeReader(context) : undefined, (writes) => {
    if (writes.length === 0) return;
    const state = readNow();
    if (state.kind === 'loaded') check(writes.map((write) => withDeclaredStorage(write, state.policy)), { policy: state.policy, name: relative(cwd, state.file) || state.file });
  });
  if (listeners === NO_LISTENERS) quietFile = { sourceCode, settings: given };
  return listeners;
}

/** Reports a policy that cannot be read: at each problem's place in its own file, on line 1 elsewhere. */
function reportPolicyState(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, state: Exclude<PolicyState, { kind: 'loaded' }>): void {
  if (reportedFiles.has(context.sourceCode)) return;
  reportedFiles.add(context.sourceCode);
  const here = state.kind === 'unreadable' ? state.problems.filter((problem) => problem.file === context.filename) : [];
  if (here.length > 0) {
    for (const { line, column, message } of here) {
      context.report({ loc: { line, column: Math.max(column - 1, 0) }, messageId: 'policyProblem', data: { message } });
    }
    return;
  }
  context.report({ loc: FIRST_LINE, ...describePolicyProblem(state, context.cwd) });
}

function describePolicyProblem(state: Exclude<PolicyState, { kind: 'loaded' }>, cwd: string): Problem {
  if (state.kind === 'missing') return { messageId: 'policyNotFound', data: { message: state.message } };
  const problems = state.problems.map(({ file, line, column, message }) => `${file}:${line}:${column}: ${message}`);
  return { messageId: 'policyUnreadable', data: { policy: relative(cwd, state.file) || state.file, problems: problems.join('\n') } };
}

/** Quotes a name as a JavaScript string literal for a message's code sample. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
