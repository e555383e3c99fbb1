import type { TSESTree } from '@typescript-eslint/utils';
import type { PersistOptionSink, SinkFamily } from '../sinks/types.js';
import { type ModuleContext, unwrapExpression } from '../names/bindings.js';
import { resolveString } from '../names/resolveString.js';
import { getReturnedValues } from '../names/returnedValues.js';
import { getKnownText } from '../names/stringShape.js';
import type { WriteContext } from './collectWrites.js';
import type { CookieWrite } from './cookieWrite.js';
import { findArrayLiteral, findObjectLiteral, getPropertyValue } from './objectLiteral.js';
import { readChosenStorage } from './readWriteStorage.js';

/**
 * The writes of a definition whose options enable persistence (pinia-plugin-persistedstate's
 * `defineStore('cart', { persist: true })`): one per persistence options object, named by its
 * `nameKey` or else by the default-name argument. `persist: false`, or a value the rule cannot
 * read, writes nothing it can name.
 */
export function readPersistOption(node: TSESTree.CallExpression | TSESTree.NewExpression, family: SinkFamily, sink: PersistOptionSink, context: WriteContext): CookieWrite[] {
  const args = node.arguments;
  const options = sink.arguments.map((index) => findObjectLiteral(args[index], context.module)).find((object) => object?.type === 'ObjectExpression');
  const persist = getPropertyValue(options, sink.option);
  if (!persist) return [];
  // `defineStore({ id: 'cart', persist })`: the id is in the options object itself.
  const defaultArgument = args[sink.defaultNameArgument];
  const defaultOptions = sink.defaultNameKey === undefined ? undefined : findObjectLiteral(defaultArgument, context.module);
  const defaultName = defaultOptions?.type === 'ObjectExpression' ? getPropertyValue(defaultOptions, sink.defaultNameKey!) : defaultArgument;
  const made = readMadeOptions(persist, context);
  if (made) return made.flatMap(({ object, module }) => readSettings(object, module, persist, defaultName, family, sink, context));
  const list = findArrayLiteral(persist, context.module);
  const single = list ? undefined : findObjectLiteral(persist, context.module);
  // `persist: true` persists with the defaults: one write without an options object.
  if (!list && !single && getKnownText(resolveString(persist, context.module)[0] ?? []) !== 'true') return [];
  const settings = list ? list.elements.map((element) => findObjectLiteral(element ?? undefined, context.module)) : [single];
  return settings.flatMap((object): CookieWrite[] => {
    if ((list || single) && !object) return [];
    return readSettings(object, context.module, undefined, defaultName, family, sink, context);
  });
}

// One persistence options object (or none, for `persist: true`): its name and storage. Options a
// project function makes (`persist: piniaPersistConfig('GlobalState')`) are read as that call
// returns them, and reported at the call.
function readSettings(
  object: TSESTree.ObjectExpression | undefined,
  module: ModuleContext,
  at: TSESTree.Node | undefined,
  defaultName: TSESTree.Node | undefined,
  family: SinkFamily,
  sink: PersistOptionSink,
  context: WriteContext,
): CookieWrite[] {
  const own = getPropertyValue(object, sink.nameKey);
  const nameNode = own ?? defaultName;
  if (!nameNode || nameNode.type === 'SpreadElement') return [];
  const storageValue = sink.storage?.optionKey ? getPropertyValue(object, sink.storage.optionKey) : undefined;
  const names = own ? resolveString(own, module, module === context.module ? context.readType : undefined) : resolveString(nameNode, context.module, context.readType);
  return [{ family, node: own && at ? at : nameNode, names, ...readChosenStorage(sink.storage, storageValue, family, module) }];
}

// `persist: makePersist('cart')`: the object literals the project function returns for this call.
function readMadeOptions(persist: TSESTree.Node, context: WriteContext): { object: TSESTree.ObjectExpression; module: ModuleContext }[] | undefined {
  const call = unwrapExpression(persist);
  if (call.type !== 'CallExpression') return undefined;
  const returned = getReturnedValues(call, context.module, 0);
  const objects = returned?.flatMap(({ node, module }) => {
    const object = findObjectLiteral(node, module);
    return object?.type === 'ObjectExpression' ? [{ object, module }] : [];
  });
  return objects && objects.length > 0 ? objects : undefined;
}
