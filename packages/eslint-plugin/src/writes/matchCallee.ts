import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, unwrapExpression } from '../names/bindings.js';
import { getResolutionScope } from '../names/resolveModuleFile.js';
import type { ValueSpec } from '../sinks/types.js';
import { matchValue } from './matchValue.js';

// Per resolution scope (dropped with the kept resolutions), per callee node, per sink's callee spec.
const verdicts = new WeakMap<object, WeakMap<TSESTree.Node, Map<ValueSpec, boolean>>>();

/**
 * {@link matchValue} for a call's callee, kept when the callee is rooted in an import or a global
 * (`sessionStorage.setItem`, `useLocalStorage`): what it is then does not depend on the arguments
 * a wrapper's call binds, and a component tree followed from many elements asks about the same
 * calls again and again. A function the project declares (`computeFullStateKey(key)`) is no
 * library's: it matches no sink (a wrapper is followed apart).
 */
export function matchCallee(callee: TSESTree.Node, spec: ValueSpec, module: ModuleContext): boolean {
  const root = getRoot(callee);
  const binding = root.type === 'Identifier' ? module.lookup(root) : undefined;
  if (root === unwrapExpression(callee) && root.type === 'Identifier' && binding?.kind === 'value' && binding.path.length === 0 && isFunction(binding.init)) return false;
  if (binding?.kind !== 'import' && binding?.kind !== 'global') return matchValue(callee, spec, module);
  const scope = getResolutionScope();
  let byNode = verdicts.get(scope);
  if (!byNode) verdicts.set(scope, (byNode = new WeakMap()));
  let bySpec = byNode.get(callee);
  if (!bySpec) byNode.set(callee, (bySpec = new Map()));
  let matches = bySpec.get(spec);
  if (matches === undefined) bySpec.set(spec, (matches = matchValue(callee, spec, module)));
  return matches;
}

function getRoot(callee: TSESTree.Node): TSESTree.Node {
  let root = unwrapExpression(callee);
  while (root.type === 'MemberExpression' && !root.computed) root = unwrapExpression(root.object);
  return root;
}

function isFunction(node: TSESTree.Node): boolean {
  return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}
