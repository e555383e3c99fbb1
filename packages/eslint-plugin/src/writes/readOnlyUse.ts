import type { TSESTree } from '@typescript-eslint/utils';
import type { CookieWrite } from './cookieWrite.js';
import { getMemberName, isNullish } from '../names/bindings.js';

/**
 * The writes of a call that remain when its result's `.value` is only read right there
 * (`usePreferenceBoolean(key).value`), or only set to `null` or `undefined` (a removal): those that
 * happen only when that value is assigned (VueUse's `writeDefaults: false`, Nuxt's `useCookie`
 * without `default`) are dropped. Any other use of the result keeps them all.
 */
export function dropUnassignedWrites(writes: CookieWrite[], call: TSESTree.Node): CookieWrite[] {
  if (!writes.some((write) => write.onAssignment) || !isValueOnlyRead(call)) return writes;
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
