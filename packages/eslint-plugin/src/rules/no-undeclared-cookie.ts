import { relative } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { checkCookieName } from '../utils/checkCookieName.js';
import type { CookieWrite } from '../utils/cookieWrite.js';
import { createRule } from '../utils/createRule.js';
import { listenForWrites } from '../utils/listenForWrites.js';
import { createTypeReader } from '../utils/createTypeReader.js';
import { type PolicyState, readPolicy } from '../utils/readPolicy.js';
import { isFirstReport } from '../utils/reportOnce.js';
import { type PreparedSettings, getSettings } from '../utils/settings.js';

type Options = [{ typeAware: boolean }];
type MessageIds = 'undeclaredCookie' | 'undeclaredCookiePattern' | 'policyNotFound' | 'policyUnreadable' | 'invalidSettings';

const FIRST_LINE = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };

export default createRule<Options, MessageIds>({
  name: 'no-undeclared-cookie',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow setting a cookie that the cookie policy does not declare' },
    messages: {
      undeclaredCookie:
        'The cookie `{{name}}` is set here but not declared in {{policy}}. Declare it there with `defineCookie({ name: {{quoted}}, ... })`, for example with `cookie-ledger add {{name}}`.',
      undeclaredCookiePattern:
        'A cookie named `{{shown}}` (the rest of the name is only known at run time) is set here, and no pattern declared in {{policy}} covers it. Declare a pattern such as `{{pattern}}` with `defineCookie({ name: {{quotedPattern}}, ... })`.',
      policyNotFound:
        'No cookie policy was found, so no cookie write was checked: none of {{candidates}} exists under {{cwd}}. Create one (`cookie-ledger init`) or set `settings["cookie-ledger"].policy` to its path. (Reported once per run.)',
      policyUnreadable:
        'The cookie policy {{policy}} could not be read, so no cookie write was checked:\n{{problems}}\nFix the policy file. (Reported once per run.)',
      invalidSettings: 'The cookie-ledger settings are invalid:\n{{problems}}\n(Reported once per run.)',
    },
    schema: [
      {
        type: 'object',
        properties: {
          typeAware: {
            type: 'boolean',
            description: 'Also read names from string-literal types (`\'a\' | \'b\'`, `` `_ga_${string}` ``); needs type information.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ typeAware: false }],
  },
  create(context, [{ typeAware }]) {
    const settings = getSettings(context.settings, context.cwd);
    const firstProblem = getConfigurationProblem(settings, context.cwd);
    if (firstProblem) {
      context.report({ loc: FIRST_LINE, ...firstProblem });
      return {};
    }
    return listenForWrites(context, settings, typeAware ? createTypeReader(context) : undefined, (writes) => {
      if (writes.length === 0) return;
      const state = readPolicy(context.cwd, settings.policy);
      if (state.kind !== 'loaded') {
        const problem = describePolicyProblem(state, context.cwd);
        if (isFirstReport(JSON.stringify(problem))) context.report({ loc: FIRST_LINE, ...problem });
        return;
      }
      const policyName = relative(context.cwd, state.file) || state.file;
      for (const write of writes) reportUndeclared(context, write, state.policy, policyName);
    });
  },
});

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Problem = { messageId: MessageIds; data: Record<string, string> };

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

function reportUndeclared(context: Context, write: CookieWrite, policy: Parameters<typeof checkCookieName>[1], policyName: string): void {
  const reported = new Set<string>();
  for (const shape of write.names) {
    const undeclared = checkCookieName(shape, policy);
    if (!undeclared) continue;
    const key = JSON.stringify(undeclared);
    if (reported.has(key)) continue;
    reported.add(key);
    const node = write.node as TSESTree.Node;
    if (undeclared.kind === 'exact') {
      context.report({ node, messageId: 'undeclaredCookie', data: { name: undeclared.name, quoted: quote(undeclared.name), policy: policyName } });
    } else {
      const pattern = undeclared.prefix ? `${undeclared.prefix}*` : `*${undeclared.suffix}`;
      const shown = `${undeclared.prefix}…${undeclared.suffix}`;
      context.report({ node, messageId: 'undeclaredCookiePattern', data: { shown, pattern, quotedPattern: quote(pattern), policy: policyName } });
    }
  }
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
