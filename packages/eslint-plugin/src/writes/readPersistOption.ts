import type { TSESTree } from '@typescript-eslint/utils';
import type { PersistOptionSink, SinkFamily } from '../sinks/types.js';
import { resolveString } from '../names/resolveString.js';
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
  const list = findArrayLiteral(persist, context.module);
  const single = list ? undefined : findObjectLiteral(persist, context.module);
  // `persist: true` persists with the defaults: one write without an options object.
  if (!list && !single && getKnownText(resolveString(persist, context.module)[0] ?? []) !== 'true') return [];
  const settings = list ? list.elements.map((element) => findObjectLiteral(element ?? undefined, context.module)) : [single];
  const defaultName = args[sink.defaultNameArgument];
  return settings.flatMap((object): CookieWrite[] => {
    if ((list || single) && !object) return [];
    const nameNode = getPropertyValue(object, sink.nameKey) ?? defaultName;
    if (!nameNode || nameNode.type === 'SpreadElement') return [];
    const storageValue = sink.storage?.optionKey ? getPropertyValue(object, sink.storage.optionKey) : undefined;
    const names = resolveString(nameNode, context.module, context.readType);
    return [{ family, node: nameNode, names, ...readChosenStorage(sink.storage, storageValue, family, context.module) }];
  });
}
