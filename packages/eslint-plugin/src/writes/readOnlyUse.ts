import type { TSESTree } from '@typescript-eslint/utils';
import type { CookieWrite } from './cookieWrite.js';
import { getMemberName, isNullish } from '../names/bindings.js';
import { forEachChild } from '../names/returnedValues.js';

/**
 * The writes of a call that remain when its result's `.value` is only read (`usePreferenceBoolean(key).value`,
 * or a `const` holding the ref that every use of reads: `const closed = useSessionStorage(key, null)`
 * with `unref(closed)`, `closed.value` in a condition), or only set to `null` or `undefined` (a
 * removal): those that happen only when that value is assigned (VueUse's `writeDefaults: false`,
 * Nuxt's `useCookie` without `default`) are dropped. Any other use of the result keeps them all.
 */
export function dropUnassignedWrites(writes: CookieWrite[], call: TSESTree.Node): CookieWrite[] {
  if (!writes.some((write) => write.onAssignment) || !(isValueOnlyRead(call) || isHeldOnlyForReading(call))) return writes;
  return writes.filter((write) => !write.onAssignment);
}

function isValueOnlyRead(call: TSESTree.Node): boolean {
  const member = call.parent;
  if (member?.type !== 'MemberExpression' || member.object !== call || getMemberName(member) !== 'value') return false;
  const user = member.parent;
  // `useCookie('intended_url').value = null` removes the item (Nuxt's useCookie, VueUse's useStorage).
  if (user?.type === 'AssignmentExpression' && user.left === member) return user.operator === '=' && isNullish(user.right);
  if (user?.type === 'UpdateExpression') return false;
  return true;
}

// Vue's functions that read a ref's value.
const READERS = new Set(['unref', 'toValue']);

/**
 * `const ref = call` in a file whose every mention of `ref` reads its value. A name the template of
 * a `.vue` file uses (`v-model="ref"` assigns it), or that is exported, returned or handed on, may be
 * written elsewhere: the writes stay.
 */
function isHeldOnlyForReading(call: TSESTree.Node): boolean {
  const declarator = call.parent;
  if (declarator?.type !== 'VariableDeclarator' || declarator.init !== call || declarator.id.type !== 'Identifier') return false;
  if (declarator.parent.type !== 'VariableDeclaration' || declarator.parent.kind !== 'const' || declarator.parent.parent?.type === 'ExportNamedDeclaration') return false;
  const name = declarator.id.name;
  let root: TSESTree.Node = declarator;
  while (root.parent) root = root.parent;
  const template = (root as { templateBody?: TSESTree.Node }).templateBody;
  if (template && mentions(template, name)) return false;
  let onlyRead = true;
  const visit = (node: TSESTree.Node): void => {
    if (!onlyRead) return;
    if (node.type === 'Identifier' && node.name === name && node !== declarator.id && !isPropertyKey(node)) {
      onlyRead = isValueOnlyRead(node) || isReadBy(node);
      return;
    }
    forEachChild(node, visit);
  };
  visit(root);
  return onlyRead;
}

function isReadBy(node: TSESTree.Identifier): boolean {
  const call = node.parent;
  return call?.type === 'CallExpression' && call.arguments[0] === node && call.callee.type === 'Identifier' && READERS.has(call.callee.name);
}

// `{ name: 1 }` and `x.name` name a property, not the variable.
function isPropertyKey(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (parent?.type === 'MemberExpression') return parent.property === node && !parent.computed;
  return parent?.type === 'Property' && parent.key === node && !parent.computed && !parent.shorthand;
}

function mentions(node: TSESTree.Node, name: string): boolean {
  if ((node.type === 'Identifier' || (node as { type: string }).type === 'VIdentifier') && (node as { name: string }).name === name) return true;
  let found = false;
  forEachChild(node, (child) => {
    if (!found) found = mentions(child, name);
  });
  return found;
}
