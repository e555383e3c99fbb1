import { COOKIE_ATTRIBUTES, type ResolvedCookie, describeDuration, describeSeconds, isSameAttributeValue } from '@cookie-ledger/core';
import type { TSESTree } from '@typescript-eslint/utils';
import { findDeclaration } from '../policy/checkDeclaredName.js';
import { getWriteStorage } from '../writes/cookieWrite.js';
import { createRule } from '../utils/createRule.js';
import { getDeclaredSeconds } from '../attributes/lifetime.js';
import { CONFIGURATION_MESSAGES, type ConfigurationMessageId, RULE_OPTIONS_SCHEMA, type RuleOptions, listenWithPolicy } from '../policy/listenWithPolicy.js';
import { type Written, type WrittenAttributes, readWrittenAttributes } from '../attributes/readWrittenAttributes.js';

type MessageIds = 'lifetimeTooLong' | 'attributeMismatch' | 'httpOnlyFromBrowser' | ConfigurationMessageId;

export default createRule<RuleOptions, MessageIds>({
  name: 'cookie-attributes-match',
  meta: {
    type: 'problem',
    docs: { description: "Disallow setting a cookie with a lifetime or attributes that contradict its declaration" },
    messages: {
      lifetimeTooLong:
        'The cookie `{{name}}` sets {{written}} ({{option}}); declared {{declared}} in {{policy}}. Shorten it here, or declare the real `duration` so the policy tells visitors the truth.',
      attributeMismatch:
        'The cookie `{{name}}` sets `{{attribute}}: {{written}}`{{defaulted}}; declared `{{attribute}}: {{declared}}` in {{policy}}. Set it as declared, or correct the declaration\'s `attributes`.',
      httpOnlyFromBrowser:
        'The cookie `{{name}}` is declared `httpOnly: true` in {{policy}}, but it is set here from browser code ({{family}}), which can never set an HttpOnly cookie. Set it from the server, or correct the declaration.',
      ...CONFIGURATION_MESSAGES,
    },
    schema: RULE_OPTIONS_SCHEMA,
    defaultOptions: [{}],
  },
  create(context, [options]) {
    return listenWithPolicy(context, options, (writes, { policy, name: policyName }) => {
      for (const write of writes) {
        if (getWriteStorage(write) !== 'cookie') continue;
        const declarations = new Set(write.names.map((shape) => findDeclaration(shape, policy, 'cookie')).filter((cookie) => cookie !== undefined));
        if (declarations.size === 0) continue;
        const written = readWrittenAttributes(write);
        const node = write.node as TSESTree.Node;
        for (const cookie of declarations) {
          const name = String(cookie.name);
          for (const problem of compare(cookie, written, write.family.browser === true)) {
            context.report({ node, messageId: problem.messageId, data: { name, policy: policyName, family: write.family.description, ...problem.data } });
          }
        }
      }
    });
  },
});

type Problem = { messageId: Exclude<MessageIds, ConfigurationMessageId>; data: Record<string, string> };

function compare(cookie: ResolvedCookie, written: WrittenAttributes, browser: boolean): Problem[] {
  const problems: Problem[] = [];
  if (cookie.duration !== undefined && written.lifetime && written.lifetime.seconds > getDeclaredSeconds(cookie.duration)) {
    problems.push({
      messageId: 'lifetimeTooLong',
      data: { written: describeSeconds(written.lifetime.seconds), option: written.lifetime.option, declared: describeDuration(cookie.duration) },
    });
  }
  const declared = cookie.attributes ?? {};
  if (browser && declared.httpOnly === true) problems.push({ messageId: 'httpOnlyFromBrowser', data: {} });
  for (const attribute of COOKIE_ATTRIBUTES) {
    if (attribute === 'httpOnly' && browser) continue;
    const expected = declared[attribute];
    const actual = written[attribute] as Written<unknown> | undefined;
    if (expected === undefined || actual === undefined || isSameAttributeValue(actual.value, expected)) continue;
    problems.push({
      messageId: 'attributeMismatch',
      data: {
        attribute,
        written: actual.value === false && attribute === 'sameSite' ? '(none)' : String(actual.value),
        declared: String(expected),
        defaulted: actual.defaulted ? ' (the default when the option is left out)' : '',
      },
    });
  }
  return problems;
}
