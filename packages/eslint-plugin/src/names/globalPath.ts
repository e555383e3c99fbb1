import type { TSESTree } from '@typescript-eslint/utils';

/** The names under which a script reaches the global object. */
export const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'window', 'self']);

/**
 * The names of a chain of plain members (`window.App.Prefs`: `App`, `Prefs`; `App.Prefs`: the
 * same), leaving out a leading global object; undefined for any other expression.
 */
export function getGlobalPath(node: TSESTree.Node): string[] | undefined {
  const names: string[] = [];
  let current = node;
  while (current.type === 'MemberExpression') {
    if (current.computed || current.property.type !== 'Identifier') return undefined;
    names.unshift(current.property.name);
    current = current.object;
  }
  if (current.type !== 'Identifier') return undefined;
  if (!GLOBAL_OBJECTS.has(current.name)) names.unshift(current.name);
  return names;
}
