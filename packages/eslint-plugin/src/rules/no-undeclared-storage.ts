import type { TSESTree } from '@typescript-eslint/utils';
import { getWriteStorage } from '../writes/cookieWrite.js';
import { createRule } from '../utils/createRule.js';
import { describePartialName, findUndeclaredNames } from '../policy/findUndeclaredNames.js';
import { describeWrittenName, getIndefiniteArticle } from '../policy/storageNouns.js';
import { CONFIGURATION_MESSAGES, type ConfigurationMessageId, RULE_OPTIONS_SCHEMA, type RuleOptions, listenWithPolicy, quote } from '../policy/listenWithPolicy.js';

type MessageIds = 'undeclaredStorage' | 'undeclaredStoragePattern' | ConfigurationMessageId;

export default createRule<RuleOptions, MessageIds>({
  name: 'no-undeclared-storage',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow writing a localStorage, sessionStorage or IndexedDB key that the cookie policy does not declare' },
    messages: {
      undeclaredStorage:
        "The {{what}} `{{name}}` is written here but not declared in {{policy}}. Declare it there with `defineCookie({ name: {{quoted}}, storage: '{{storage}}', ... })`, for example with `cookie-ledger add {{name}} --storage {{storage}}`.",
      undeclaredStoragePattern:
        "{{article}} {{what}} `{{shown}}` (the rest of the name is only known at run time) is written here, and no pattern declared in {{policy}} with `storage: '{{storage}}'` covers it. Declare a pattern such as `{{pattern}}` with `defineCookie({ name: {{quotedPattern}}, storage: '{{storage}}', ... })`.",
      ...CONFIGURATION_MESSAGES,
    },
    schema: RULE_OPTIONS_SCHEMA,
    defaultOptions: [{}],
  },
  create(context, [options]) {
    return listenWithPolicy(context, options, (writes, { policy, name: policyName }) => {
      for (const write of writes) {
        const storage = getWriteStorage(write);
        if (storage === 'cookie') continue;
        const node = write.node as TSESTree.Node;
        const what = describeWrittenName(write);
        const common = { what, article: getIndefiniteArticle(what), storage, policy: policyName };
        for (const undeclared of findUndeclaredNames(write, policy, storage)) {
          if (undeclared.kind === 'exact') {
            context.report({ node, messageId: 'undeclaredStorage', data: { ...common, name: undeclared.name, quoted: quote(undeclared.name) } });
          } else {
            const { shown, pattern } = describePartialName(undeclared);
            context.report({ node, messageId: 'undeclaredStoragePattern', data: { ...common, shown, pattern, quotedPattern: quote(pattern) } });
          }
        }
      }
    });
  },
});
