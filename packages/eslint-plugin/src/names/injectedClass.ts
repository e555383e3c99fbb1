import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, unwrapExpression } from './bindings.js';

// Functions of dependency-injection frameworks that hand back an instance of the class they are given.
const INJECTORS: readonly { readonly source: string; readonly name: string }[] = [{ source: '@angular/core', name: 'inject' }];

/**
 * The class argument of a call that hands back an instance of it: Angular's
 * `private readonly settings = inject(SettingsStorageService)`. Undefined for any other call.
 */
export function getInjectedClass(call: TSESTree.CallExpression, module: ModuleContext): TSESTree.Node | undefined {
  const callee = unwrapExpression(call.callee);
  const [argument] = call.arguments;
  if (callee.type !== 'Identifier' || !argument || argument.type === 'SpreadElement') return undefined;
  const binding = module.lookup(callee);
  const isInjector = binding.kind === 'import' && INJECTORS.some((injector) => injector.source === binding.source && injector.name === binding.imported);
  return isInjector ? argument : undefined;
}
