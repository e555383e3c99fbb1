import type { Node } from 'ts-morph';
import type { ValueOrigins } from '../evaluate/values.js';

/**
 * The node a core validation path (`['cookies', 2, 'duration']`) points at: the property or
 * element written for the last segment found; when a field is missing, the declaration that
 * should have it.
 */
export function locateIssue(input: unknown, inputNode: Node, pathSegments: readonly (string | number)[], origins: ValueOrigins): Node {
  let value = input;
  let node = inputNode;
  for (const segment of pathSegments) {
    const member = origins.get(value)?.members.get(segment);
    if (!member) return origins.getDeclarationNode(value) ?? node;
    node = member;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return node;
}
