import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, unwrapExpression } from '../names/bindings.js';
import { resolveString } from '../names/resolveString.js';
import { getKnownText } from '../names/stringShape.js';

/**
 * Whether an option's value is known to be `value`: the literal `true` or `false`, or a text
 * (also through a constant). A value the rule cannot read is not `value`.
 */
export function isOptionValue(node: TSESTree.Node | undefined, value: string | boolean, module: ModuleContext): boolean {
  if (!node) return false;
  const unwrapped = unwrapExpression(node);
  if (typeof value === 'boolean') return unwrapped.type === 'Literal' && unwrapped.value === value;
  return getKnownText(resolveString(unwrapped, module)[0] ?? []) === value;
}
