import { toSeconds, type CookieDeclaration } from '@cookie-ledger/core';

// RFC 6265's cookie-name token: a name outside it is refused rather than sent mangled.
const TOKEN = /^[\w!#$%&'*+.^`|~-]+$/;

/**
 * A `Set-Cookie` value (also what `document.cookie` takes) for `name`, with the declared
 * lifetime (`Max-Age`; none for a session cookie) and attributes. `Path` defaults to `/` so that
 * every page reads and removes the same cookie. `remove` writes the expiring form (`Max-Age=0`).
 * The value is percent-encoded as the `cookie` package and js-cookie do.
 */
export function formatSetCookie(declaration: Pick<CookieDeclaration, 'duration' | 'attributes'>, name: string, value: string, remove?: boolean): string {
  if (!TOKEN.test(name)) throw new Error(`"${name}" is not a valid cookie name: use letters, digits and !#$%&'*+-.^_\`|~ only.`);
  const { domain, path = '/', httpOnly, secure, sameSite, partitioned } = declaration.attributes ?? {};
  const maxAge = remove ? 0 : declaration.duration ? toSeconds(declaration.duration) : 0;
  return [
    `${name}=${remove ? '' : encodeURIComponent(value)}`,
    (remove || maxAge > 0) && `Max-Age=${maxAge}`,
    domain && `Domain=${domain}`,
    `Path=${path}`,
    httpOnly && 'HttpOnly',
    secure && 'Secure',
    sameSite && `SameSite=${sameSite[0]!.toUpperCase()}${sameSite.slice(1)}`,
    partitioned && 'Partitioned',
  ]
    .filter(Boolean)
    .join('; ');
}
