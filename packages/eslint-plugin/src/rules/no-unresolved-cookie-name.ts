import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/createRule.js';
import { CONFIGURATION_MESSAGES, type ConfigurationMessageId, RULE_OPTIONS_SCHEMA, type RuleOptions, listenWithPolicy } from '../policy/listenWithPolicy.js';
import { describeNameWritten } from '../policy/storageNouns.js';
import { type StringShape, UNKNOWN, getKnownEnds } from '../names/stringShape.js';

type MessageIds = 'unresolvedName' | 'unresolvedNameParts' | ConfigurationMessageId;

const HOW_TO =
  'Make it checkable: pass a declaration reference (`session.name`), a constant, or a template whose constant prefix or suffix a declared pattern covers (`` `_ga_${id}` `` with `_ga_*` declared in {{policy}}).';

export default createRule<RuleOptions, MessageIds>({
  name: 'no-unresolved-cookie-name',
  meta: {
    type: 'suggestion',
    docs: { description: 'Warn about a cookie or storage write whose name cannot be checked against the cookie policy' },
    messages: {
      unresolvedName: `The {{what}} written here is only known at run time, so it cannot be checked against {{policy}}. ${HOW_TO}`,
      unresolvedNameParts: `The {{what}} written here is only partly known (\`{{shown}}\`, where … is known only at run time), with no constant prefix or suffix a pattern could cover, so it cannot be checked against {{policy}}. ${HOW_TO}`,
      ...CONFIGURATION_MESSAGES,
    },
    schema: RULE_OPTIONS_SCHEMA,
    defaultOptions: [{}],
  },
  create(context, [options]) {
    return listenWithPolicy(context, options, (writes, { name: policy }) => {
      for (const write of writes) {
        const what = describeNameWritten(write);
        // A name with a known prefix or suffix is checked against patterns by the undeclared-name rules.
        const unresolved = write.names.filter((shape) => shape.includes(UNKNOWN) && isWithoutKnownEnds(shape));
        const shown = [...new Set(unresolved.map(showShape))];
        for (const parts of shown) {
          const node = write.node as TSESTree.Node;
          if (parts === '…') context.report({ node, messageId: 'unresolvedName', data: { what, policy } });
          else context.report({ node, messageId: 'unresolvedNameParts', data: { what, policy, shown: parts } });
        }
      }
    });
  },
});

function isWithoutKnownEnds(shape: StringShape): boolean {
  const { prefix, suffix } = getKnownEnds(shape);
  return prefix === '' && suffix === '';
}

function showShape(shape: StringShape): string {
  return shape.map((part) => (part === UNKNOWN ? '…' : part)).join('');
}
