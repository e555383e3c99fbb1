import type { BinaryExpression, Expression, Node, PrefixUnaryExpression, TemplateExpression } from 'ts-morph';
import { SyntaxKind } from '../project/tsMorph.js';
import { getShortText } from '../problems/getLocation.js';
import type { EvaluationHost } from './EvaluationHost.js';
import { getNumberOperator, isJoinable } from './operators.js';
import { UNKNOWN } from './values.js';

/** A template whose every part is a constant string, number or boolean. */
export function evaluateTemplate(host: EvaluationHost, node: TemplateExpression): unknown {
  let text = node.getHead().getLiteralText();
  for (const span of node.getTemplateSpans()) {
    const value = host.evaluate(span.getExpression());
    if (value === UNKNOWN) return UNKNOWN;
    if (!isJoinable(value)) {
      host.problems.add('runtime-template', span.getExpression(), { text: getShortText(span.getExpression()) });
      return UNKNOWN;
    }
    text += String(value) + span.getLiteral().getLiteralText();
  }
  return text;
}

/** `+` on strings and numbers, and `- * / % **` on numbers. */
export function evaluateBinary(host: EvaluationHost, node: BinaryExpression): unknown {
  const operator = node.getOperatorToken().getKind();
  const numberOperator = getNumberOperator(operator);
  if (operator !== SyntaxKind.PlusToken && !numberOperator) return host.unsupported(node);
  const left = host.evaluate(node.getLeft());
  const right = host.evaluate(node.getRight());
  if (left === UNKNOWN || right === UNKNOWN) return UNKNOWN;
  if (typeof left === 'number' && typeof right === 'number') return numberOperator ? numberOperator(left, right) : left + right;
  if (!numberOperator && isJoinable(left) && isJoinable(right) && (typeof left === 'string' || typeof right === 'string')) {
    return String(left) + String(right);
  }
  host.problems.add('invalid-operand', node, {
    text: getShortText(node),
    detail: numberOperator ? 'needs two numbers' : 'joins values that are not strings or numbers',
  });
  return UNKNOWN;
}

/** `-x`, `+x` on numbers and `!x` on anything. */
export function evaluatePrefix(host: EvaluationHost, node: PrefixUnaryExpression): unknown {
  const operator = node.getOperatorToken();
  if (![SyntaxKind.MinusToken, SyntaxKind.PlusToken, SyntaxKind.ExclamationToken].includes(operator)) return host.unsupported(node);
  const operand = host.evaluate(node.getOperand());
  if (operand === UNKNOWN) return UNKNOWN;
  if (operator === SyntaxKind.ExclamationToken) return !operand;
  if (typeof operand !== 'number') {
    host.problems.add('invalid-operand', node, { text: getShortText(node), detail: 'needs a number' });
    return UNKNOWN;
  }
  return operator === SyntaxKind.MinusToken ? -operand : operand;
}

/** `new RegExp('^_ga_', 'i')` with constant arguments. */
export function evaluateRegExp(host: EvaluationHost, args: readonly Expression[], node: Node): unknown {
  const [pattern, flags] = args.map((arg) => host.evaluate(arg));
  if (pattern === UNKNOWN || flags === UNKNOWN) return UNKNOWN;
  if (typeof pattern !== 'string' || (flags !== undefined && typeof flags !== 'string')) return host.unsupported(node);
  try {
    return new RegExp(pattern, flags);
  } catch (error) {
    host.problems.add('invalid-operand', node, { text: getShortText(node), detail: `is not a valid RegExp (${(error as Error).message})` });
    return UNKNOWN;
  }
}
