import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode, ModuleContext } from '../names/bindings.js';
import { resolveString } from '../names/resolveString.js';
import { getKnownText } from '../names/stringShape.js';

/**
 * Whether, for this call, a `switch` inside the wrapper never reaches the write: the discriminant
 * is known for the call (`local('get', key)` with `switch (type) { case 'set': case 's':
 * localStorage.setItem(key, value) }`) and is none of the labels that lead to the write's case.
 * A case reached from `default` counts as reachable.
 */
export function isSwitchedAway(site: TSESTree.Node, fn: FunctionNode, bound: ModuleContext): boolean {
  for (let current: TSESTree.Node | undefined = site; current && current !== fn; current = current.parent) {
    const switchCase = current.parent;
    if (switchCase?.type !== 'SwitchCase' || !switchCase.consequent.includes(current as TSESTree.Statement)) continue;
    const statement = switchCase.parent;
    const [shape, ...others] = resolveString(statement.discriminant, bound);
    const chosen = shape && others.length === 0 ? getKnownText(shape) : undefined;
    if (chosen === undefined) continue;
    const labels = getLeadingLabels(statement, switchCase);
    if (labels && !labels.includes(chosen)) return true;
  }
  return false;
}

/** The labels that run `target`'s statements: its own and those of the empty cases falling into it; undefined when `default` is among them or a label is not a known string. */
function getLeadingLabels(statement: TSESTree.SwitchStatement, target: TSESTree.SwitchCase): string[] | undefined {
  const index = statement.cases.indexOf(target);
  const labels: string[] = [];
  for (let at = index; at >= 0; at -= 1) {
    const switchCase = statement.cases[at]!;
    if (at !== index && switchCase.consequent.length > 0) break;
    if (!switchCase.test) return undefined;
    if (switchCase.test.type !== 'Literal' || typeof switchCase.test.value !== 'string') return undefined;
    labels.push(switchCase.test.value);
  }
  return labels;
}
