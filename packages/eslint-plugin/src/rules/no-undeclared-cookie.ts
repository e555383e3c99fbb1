import type { TSESTree } from '@typescript-eslint/utils';
import { getWriteStorage } from '../writes/cookieWrite.js';
import { createRule } from '../utils/createRule.js';
import { describePartialName, findUndeclaredNames } from '../policy/findUndeclaredNames.js';
import { CONFIGURATION_MESSAGES, type ConfigurationMessageId, RULE_OPTIONS_SCHEMA, type RuleOptions, listenWithPolicy, quote } from '../policy/listenWithPolicy.js';

type MessageIds = 'undeclaredCookie' | 'undeclaredCookiePattern' | ConfigurationMessageId;

export default createRule<RuleOptions, MessageIds>({
  name: 'no-undeclared-cookie',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow setting a cookie that the cookie policy does not declare' },
    messages: {
      undeclaredCookie:
        'The cookie `{{name}}` is set here but not declared in {{policy}}. Declare it there with `defineCookie({ name: {{quoted}}, ... })`, for example with `cookie-ledger add {{name}}`.',
      undeclaredCookiePattern:
        'A cookie named `{{shown}}` (the rest of the name is only known at run time) is set here, and no pattern declared in {{policy}} covers it. Declare a pattern such as `{{pattern}}` with `defineCookie({ name: {{quotedPattern}}, ... })`.',
      ...CONFIGURATION_MESSAGES,
    },
    schema: RULE_OPTIONS_SCHEMA,
    defaultOptions: [{}],
  },
  create(context, [options]) {
    return listenWithPolicy(context, options, (writes, { policy, name: policyName }) => {
      for (const write of writes) {
        if (getWriteStorage(write) !== 'cookie') continue;
        const node = write.node as TSESTree.Node;
        for (const undeclared of findUndeclaredNames(write, policy, 'cookie')) {
          if (undeclared.kind === 'exact') {
            context.report({ node, messageId: 'undeclaredCookie', data: { name: undeclared.name, quoted: quote(undeclared.name), policy: policyName } });
          } else {
            const { shown, pattern } = describePartialName(undeclared);
            context.report({ node, messageId: 'undeclaredCookiePattern', data: { shown, pattern, quotedPattern: quote(pattern), policy: policyName } });
          }
        }
      }
    });
  },
});
