import type { TSESTree } from '@typescript-eslint/utils';
import { getStaticKey, unwrapExpression } from '../names/bindings.js';
import { isFunctionOrClass } from '../names/returnedValues.js';
import type { WriteContext } from './collectWrites.js';
import { matchValue } from './matchValue.js';
import { getCallKey } from './sinkIndex.js';

/**
 * Whether `site` is inside a function the app hands a catalogued library to write with:
 * `createServerClient(url, key, { cookies: { set(name, value, options) { store.set(name, value, options) } } })`
 * is @supabase/ssr writing its session cookie through the app's store. Such writes are the
 * library's, reported once at the configuring call with the names it gives; inside the callback
 * the name is a parameter no caller of the app passes.
 */
export function isInLibraryCallback(site: TSESTree.Node, context: WriteContext): boolean {
  for (let current = site.parent; current; current = current.parent) {
    if (!isFunctionOrClass(current)) continue;
    if (current.type === 'ClassDeclaration' || current.type === 'ClassExpression') return false;
    if (isHandedToLibrary(current, context)) return true;
  }
  return false;
}

// `{ cookies: { set() {...} } }` as the options argument of a sink naming `cookies` its callbacks' key.
function isHandedToLibrary(fn: TSESTree.Node, context: WriteContext): boolean {
  const property = fn.parent;
  if (property?.type !== 'Property' || property.value !== fn) return false;
  const callbacks = property.parent;
  const holder = callbacks.parent;
  if (callbacks.type !== 'ObjectExpression' || holder?.type !== 'Property' || holder.value !== callbacks) return false;
  const key = getStaticKey(holder.key, holder.computed);
  const options = holder.parent;
  const call = options.parent;
  if (key === undefined || options.type !== 'ObjectExpression' || (call?.type !== 'CallExpression' && call?.type !== 'NewExpression')) return false;
  const position = call.arguments.indexOf(options as TSESTree.CallExpressionArgument);
  const calleeKey = getCallKey(unwrapExpression(call.callee));
  const entries = calleeKey === undefined ? [] : (context.index.calls.get(calleeKey) ?? []);
  return entries.some(({ sink }) => sink.kind === 'config' && sink.callbacks?.key === key && sink.argument === position && matchValue(call.callee, sink.callee, context.module));
}
