import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, getMemberName, unwrapExpression } from './bindings.js';

/** `useCallback` or `React.useCallback`, imported from React (or Preact's hooks). */
export function isReactUseCallback(callee: TSESTree.Node, module: ModuleContext): boolean {
  return isReactFunction(callee, module, USE_CALLBACK);
}

/** `memo`, `forwardRef` (or `React.memo`, ...), imported from React or Preact: they hand back a component made of the function they are given. */
export function isReactComponentWrapper(callee: TSESTree.Node, module: ModuleContext): boolean {
  return isReactFunction(callee, module, COMPONENT_WRAPPERS);
}

const USE_CALLBACK = new Set(['useCallback']);
const COMPONENT_WRAPPERS = new Set(['memo', 'forwardRef']);

function isReactFunction(callee: TSESTree.Node, module: ModuleContext, names: ReadonlySet<string>): boolean {
  const name = callee.type === 'MemberExpression' ? getMemberName(callee) : callee.type === 'Identifier' ? callee.name : undefined;
  if (name === undefined || !names.has(name)) return false;
  const root = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : callee;
  if (root.type !== 'Identifier') return false;
  const binding = module.lookup(root);
  return binding.kind === 'import' && REACT_MODULES.has(binding.source);
}

// Preact's hooks and compat layer take the same shape.
const REACT_MODULES = new Set(['react', 'preact/hooks', 'preact/compat']);
