/** What the audit needs of one `Set-Cookie` header: the name, and the `Domain` attribute if any. */
export interface SetCookieHeader {
  readonly name: string;
  /** The `Domain` attribute without a leading dot, lowercased; absent for a host-only cookie. */
  readonly domain?: string;
}

/**
 * Reads a `Set-Cookie` header value (`sid=abc; Path=/; Domain=.example.com; HttpOnly`) as RFC 6265
 * section 5.2 does: the name is what precedes the first `=` of the first part, trimmed.
 * Undefined for a header without a name-value pair.
 */
export function parseSetCookie(header: string): SetCookieHeader | undefined {
  const [pair = '', ...attributes] = header.split(';');
  const equals = pair.indexOf('=');
  if (equals < 0) return undefined;
  const name = pair.slice(0, equals).trim();
  const domainAttribute = attributes.map((part) => part.trim()).find((part) => /^domain\s*=/i.test(part));
  const domain = domainAttribute?.slice(domainAttribute.indexOf('=') + 1).trim().replace(/^\./, '').toLowerCase();
  return domain ? { name, domain } : { name };
}
