import type { CookieDeclaration, CookiePolicy } from '@cookie-ledger/core';
import { formatSetCookie } from '../cookie/formatSetCookie.js';
import type { AllowedName } from '../types.js';

/**
 * The `Set-Cookie` header value for a declared cookie, with its declared lifetime (`Max-Age`)
 * and attributes (`HttpOnly`, `Secure`, `SameSite`, `Domain`, `Path`, `Partitioned`), for any
 * server framework. Names are typed like the jar's: an undeclared name does not compile, and
 * throws from untyped code. It does not check consent: the server decides that from the
 * request (the consent manager's cookie).
 *
 * @example
 * response.headers.append('Set-Cookie', serializeCookie(policy, 'sessionid', id));
 * // 'sessionid=…; Max-Age=1209600; Path=/; HttpOnly; Secure; SameSite=Lax'
 */
export function serializeCookie<const D extends readonly CookieDeclaration[]>(
  policy: CookiePolicy<D>,
  name: AllowedName<D[number]['name']>,
  value: string,
): string {
  const declaration = policy.match(name, 'cookie');
  if (!declaration) throw new Error(`"${name}" is not a cookie declared in the cookie policy of ${policy.owner}: declare it (cookie-ledger add ${name}) before setting it.`);
  return formatSetCookie(declaration, name, value);
}
