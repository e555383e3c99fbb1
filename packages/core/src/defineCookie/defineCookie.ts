import type { CookieDeclaration, NamePattern } from '../types/declaration.js';

/**
 * Declares one cookie (or storage key). The literal name is kept in the type without
 * `as const`, so a policy built from declarations knows its names.
 *
 * @example
 * export const session = defineCookie({
 *   name: 'sessionid',
 *   provider: 'Opendatasoft',
 *   category: 'necessary',
 *   purpose: 'To remember the user from one page to another',
 *   duration: { weeks: 2 },
 * });
 * // typeof session.name is 'sessionid'
 */
// @__NO_SIDE_EFFECTS__
export function defineCookie<const N extends NamePattern>(declaration: CookieDeclaration<N>): CookieDeclaration<N> {
  return declaration;
}
