import type { StorageKind } from '@cookie-ledger/core';
import type { TSESTree } from '@typescript-eslint/utils';
import { findObjectLiteral, getPropertyValue } from './objectLiteral.js';
import type { SinkFamily, StorageSwitch } from '../sinks/types.js';
import type { CookieWrite } from './cookieWrite.js';
import { type ModuleContext, unwrapExpression } from '../names/bindings.js';
import { findValue, resolveString } from '../names/resolveString.js';
import { findMethodOf } from '../names/findCalledFunction.js';
import { summarizeWrapper } from './summarizeWrapper.js';
import type { WriteContext } from './collectWrites.js';
import { getKnownText } from '../names/stringShape.js';
import { isFrameworkProject } from '../names/isFrameworkProject.js';
import { matchValue } from './matchValue.js';

/** The storage a call chooses, as a write's `storage` field (nothing when its sink has no switch). */
export function readChosenStorage(
  storageSwitch: StorageSwitch | undefined,
  value: TSESTree.Node | undefined,
  family: SinkFamily,
  module: ModuleContext,
): Pick<CookieWrite, 'storage'> {
  return storageSwitch ? { storage: readWriteStorage(value, storageSwitch, family.storage ?? 'cookie', module) } : {};
}

/**
 * The storage kind a call chooses through `storageSwitch`, given the node holding its storage
 * value (undefined when left out). A value that is none of the switch's choices (a custom storage
 * the rule cannot identify) leaves the default: the framework's, else the switch's, else `familyStorage`.
 */
export function readWriteStorage(
  value: TSESTree.Node | undefined,
  storageSwitch: StorageSwitch,
  familyStorage: StorageKind,
  module: ModuleContext,
): StorageKind {
  const chosen = value === undefined ? undefined : findChoice(value, storageSwitch, module);
  if (chosen) return chosen;
  const framework = storageSwitch.frameworkDefault;
  return framework && isFrameworkProject(module.file, framework.framework) ? framework.storage : (storageSwitch.default ?? familyStorage);
}

/** Whether the storage value is one of the switch's texts that keep nothing (posthog's `'memory'`). */
export function isStoringNothing(value: TSESTree.Node | undefined, storageSwitch: StorageSwitch | undefined, module: ModuleContext): boolean {
  if (!value || !storageSwitch?.none) return false;
  const text = getKnownText(resolveString(unwrapExpression(value), module)[0] ?? []);
  return text !== undefined && storageSwitch.none.includes(text);
}

/**
 * Whether the storage value is an object of the app's own (an instance of a project class, an
 * object literal) whose `setItem` writes no storage the rules know: the library then keeps its
 * items there (chatbox's electron-store reached over IPC), not in its default storage. A storage
 * whose `setItem` writes one is a helper, and the default stands.
 */
export function isOwnStorageWritingNothing(value: TSESTree.Node | undefined, storageSwitch: StorageSwitch | undefined, context: WriteContext): boolean {
  if (!value || !storageSwitch || findChoice(value, storageSwitch, context.module)) return false;
  const held = findValue(value, context.module, 0);
  const node = held && !('namespace' in held) ? unwrapExpression(held.node) : undefined;
  if (node?.type !== 'NewExpression' && node?.type !== 'ObjectExpression') return false;
  const setItem = findMethodOf(value, context.module, 'setItem');
  return setItem !== undefined && summarizeWrapper(setItem, context.index) === undefined;
}

function findChoice(value: TSESTree.Node, storageSwitch: StorageSwitch, module: ModuleContext): StorageKind | undefined {
  const given = storageSwitch.valueKey === undefined ? undefined : getPropertyValue(findObjectLiteral(value, module), storageSwitch.valueKey);
  const node = unwrapExpression(given ?? value);
  const direct = storageSwitch.choices.find((choice) =>
    'text' in choice ? getKnownText(resolveString(node, module)[0] ?? []) === choice.text : matchValue(node, choice.value, module),
  );
  if (direct) return direct.storage;
  const produced = storageSwitch.factory ? getFactoryResult(node, storageSwitch, module) : undefined;
  return produced === undefined ? undefined : findChoice(produced, { ...storageSwitch, factory: undefined }, module);
}

/** `createJSONStorage(() => sessionStorage)`: the expression the factory's function returns. */
function getFactoryResult(node: TSESTree.Node, storageSwitch: StorageSwitch, module: ModuleContext): TSESTree.Node | undefined {
  if (node.type !== 'CallExpression' || !matchValue(node.callee, storageSwitch.factory!, module)) return undefined;
  const [getter] = node.arguments;
  if (getter?.type !== 'ArrowFunctionExpression' && getter?.type !== 'FunctionExpression') return undefined;
  if (getter.body.type !== 'BlockStatement') return getter.body;
  const returned = getter.body.body.find((statement) => statement.type === 'ReturnStatement');
  return returned?.type === 'ReturnStatement' ? (returned.argument ?? undefined) : undefined;
}
