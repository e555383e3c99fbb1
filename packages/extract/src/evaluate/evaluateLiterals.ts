import type { ArrayLiteralExpression, Expression, ObjectLiteralExpression, PropertyAssignment } from 'ts-morph';
import { Node } from '../project/tsMorph.js';
import { getShortText } from '../problems/getLocation.js';
import type { EvaluationHost } from './EvaluationHost.js';
import { UNKNOWN, isObject } from './values.js';

/** An object literal, with spreads and computed keys; records where each member was written. */
export function evaluateObject(host: EvaluationHost, node: ObjectLiteralExpression): unknown {
  const value: Record<string, unknown> = {};
  const members = new Map<string | number, Node>();
  host.origins.set(value, { node, members });
  for (const property of node.getProperties()) {
    if (Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property)) {
      const key = getPropertyKey(host, property);
      if (key === UNKNOWN) {
        host.origins.markIncomplete(value);
        continue;
      }
      value[key] = Node.isPropertyAssignment(property)
        ? host.evaluate(property.getInitializerOrThrow())
        : host.evaluateIdentifier(property.getNameNode());
      members.set(key, property);
    } else if (Node.isSpreadAssignment(property)) {
      spreadIntoObject(host, value, members, property.getExpression(), property);
    } else {
      host.unsupported(property);
      host.origins.markIncomplete(value);
    }
  }
  return value;
}

/** An array literal, with spreads; records where each element was written. */
export function evaluateArray(host: EvaluationHost, node: ArrayLiteralExpression): unknown {
  const value: unknown[] = [];
  const members = new Map<string | number, Node>();
  host.origins.set(value, { node, members });
  for (const element of node.getElements()) {
    if (!Node.isSpreadElement(element)) {
      members.set(value.length, element);
      value.push(Node.isOmittedExpression(element) ? undefined : host.evaluate(element));
      continue;
    }
    const source = host.evaluate(element.getExpression());
    if (source === UNKNOWN) {
      host.origins.markIncomplete(value);
    } else if (Array.isArray(source)) {
      const sourceMembers = host.origins.get(source)?.members;
      source.forEach((item, index) => {
        members.set(value.length, sourceMembers?.get(index) ?? element);
        value.push(item);
      });
      if (host.origins.isIncomplete(source)) host.origins.markIncomplete(value);
    } else {
      host.problems.add('invalid-operand', element, { text: getShortText(element), detail: 'is spread into an array but is not an array' });
      host.origins.markIncomplete(value);
    }
  }
  return value;
}

function getPropertyKey(host: EvaluationHost, property: PropertyAssignment | Node): string | typeof UNKNOWN {
  const nameNode = (property as PropertyAssignment).getNameNode();
  if (Node.isComputedPropertyName(nameNode)) {
    const key = host.evaluate(nameNode.getExpression());
    if (key === UNKNOWN) return UNKNOWN;
    if (typeof key === 'string' || typeof key === 'number') return String(key);
    host.problems.add('invalid-operand', nameNode, { text: getShortText(nameNode), detail: 'is not a string or number key' });
    return UNKNOWN;
  }
  if (Node.isStringLiteral(nameNode) || Node.isNumericLiteral(nameNode)) return String(nameNode.getLiteralValue());
  return nameNode.getText();
}

function spreadIntoObject(host: EvaluationHost, target: Record<string, unknown>, members: Map<string | number, Node>, expression: Expression, at: Node): void {
  const source = host.evaluate(expression);
  if (source === UNKNOWN) return host.origins.markIncomplete(target);
  // Spreading null or undefined adds nothing, as in JavaScript.
  if (source === undefined || source === null) return;
  if (!isObject(source)) {
    host.problems.add('invalid-operand', expression, { text: getShortText(expression), detail: 'is spread into an object but is not an object' });
    return host.origins.markIncomplete(target);
  }
  const sourceMembers = host.origins.get(source)?.members;
  for (const [key, item] of Object.entries(source)) {
    target[key] = item;
    members.set(key, sourceMembers?.get(key) ?? sourceMembers?.get(Number(key)) ?? at);
  }
  if (host.origins.isIncomplete(source)) host.origins.markIncomplete(target);
}
