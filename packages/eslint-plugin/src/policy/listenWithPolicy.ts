import { relative } from 'node:path';
import type { CookiePolicy } from '@cookie-ledger/core';
import type { TSESLint } from '@typescript-eslint/utils';
import type { CookieWrite } from '../writes/cookieWrite.js';
import { createTypeReader } from '../names/createTypeReader.js';
import { listenForWrites } from '../writes/listenForWrites.js';
import { type PolicyState, readPolicy } from './readPolicy.js';
import { isFirstReport } from './reportOnce.js';
import { type PreparedSettings, getSettings } from './settings.js';

/** The messages every rule gives for a configuration it cannot work with, reported once per run whichever rule meets it first. */
export const CONFIGURATION_MESSAGES = {
  policyNotFound:
    'No cookie policy was found, so no cookie write was checked: none of {{candidates}} exists under {{cwd}}. Create one (`cookie-ledger init`) or set `settings["cookie-ledger"].policy` to its path. (Reported once per run.)',
  policyUnreadable:
    'The cookie policy {{policy}} could not be read, so no cookie write was checked:\n{{problems}}\nFix the policy file. (Reported once per run.)',
  invalidSettings: 'The cookie-ledger settings are invalid:\n{{problems}}\n(Reported once per run.)',
} as const;

/** The ids of {@link CONFIGURATION_MESSAGES}. */
export type ConfigurationMessageId = keyof typeof CONFIGURATION_MESSAGES;

/** The option every rule takes: `typeAware`. */
export type RuleOptions = [{ typeAware: boolean }];

/** The schema of {@link RuleOptions}. */
export const RULE_OPTIONS_SCHEMA = [
  {
    type: 'object' as const,
    properties: {
      typeAware: {
        type: 'boolean' as const,
        description: 'Also read names from string-literal types (`\'a\' | \'b\'`, `` `_ga_${string}` ``); needs type information.',
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
type Problem = { messageId: ConfigurationMessageId; data: Record<string, string> };

/**
 * The listeners of a rule that checks writes against the policy: at the end of each file that
 * has writes, `check` gets them with the loaded policy. Invalid settings and a policy that
 * cannot be read are reported once per run, on line 1 of the first file that meets them.
 */
export function listenWithPolicy<M extends string>(
  context: Readonly<TSESLint.RuleContext<M | ConfigurationMessageId, RuleOptions>>,
  { typeAware }: RuleOptions[0],
  check: (writes: readonly CookieWrite[], policy: CheckedPolicy) => void,
): TSESLint.RuleListener {
  const settings = getSettings(context.settings, context.cwd);
  const firstProblem = getConfigurationProblem(settings, context.cwd);
  if (firstProblem) {
    context.report({ loc: FIRST_LINE, ...firstProblem });
    return {};
  }
  if (settings.problems.length > 0) return {};
  return listenForWrites(context, settings, typeAware ? createTypeReader(context) : undefined, (writes) => {
    if (writes.length === 0) return;
    const state = readPolicy(context.cwd, settings.policy);
    if (state.kind !== 'loaded') {
      const problem = describePolicyProblem(state, context.cwd);
      if (isFirstReport(JSON.stringify(problem))) context.report({ loc: FIRST_LINE, ...problem });
      return;
    }
    check(writes, { policy: state.policy, name: relative(context.cwd, state.file) || state.file });
  });
}

/**
 * The problem to report on the first linted file: invalid settings or a policy that cannot be
 * read. Reading the policy here, once, also warms extract's cache for the files that follow.
 */
function getConfigurationProblem(settings: PreparedSettings, cwd: string): Problem | undefined {
  if (settings.problems.length > 0) {
    const problem: Problem = { messageId: 'invalidSettings', data: { problems: settings.problems.join('\n') } };
    return isFirstReport(JSON.stringify(problem)) ? problem : undefined;
  }
  if (!isFirstReport(`checked:${cwd}:${settings.policy}`)) return undefined;
  const state = readPolicy(cwd, settings.policy);
  if (state.kind === 'loaded') return undefined;
  const problem = describePolicyProblem(state, cwd);
  return isFirstReport(JSON.stringify(problem)) ? problem : undefined;
}

function describePolicyProblem(state: Exclude<PolicyState, { kind: 'loaded' }>, cwd: string): Problem {
  if (state.kind === 'missing') return { messageId: 'policyNotFound', data: { candidates: state.candidates.join(', '), cwd } };
  return { messageId: 'policyUnreadable', data: { policy: relative(cwd, state.file) || state.file, problems: state.problems.join('\n') } };
}

/** Quotes a name as a JavaScript string literal for a message's code sample. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
