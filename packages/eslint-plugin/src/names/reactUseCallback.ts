import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, getMemberName, unwrapExpression } from './bindings.js';

/** `useCallback` or `React.useCallback`, imported from React (or Preact's hooks). */
export function isReactUseCallback(callee: TSESTree.Node, module: ModuleContext): boolean {
  const name = callee.type === 'MemberExpression' ? getMemberName(callee) : callee.type === 'Identifier' ? callee.name : undefined;
  if (name !== 'useCallback') return false;
  const root = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : callee;
  if (root.type !== 'Identifier') return false;
  const binding = module.lookup(root);
  return binding.kind === 'import' && REACT_MODULES.has(binding.source);
}

// Preact's hooks take the same shape.
const REACT_MODULES = new Set(['react', 'preact/hooks', 'preact/compat']);
