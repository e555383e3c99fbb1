const PLAIN_URL = /^[A-Za-z0-9\-._~:/?#@!$&'*+,;=%[\]]+$/;

/**
 * The address to link to, or undefined when `url` is not an absolute http(s) URL (so that a
 * `javascript:` address in a declaration never becomes a link). A URL that needs no encoding
 * is kept as written; any other is normalised and its parentheses encoded, which keeps it
 * whole inside a Markdown link.
 */
export function getSafeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (PLAIN_URL.test(url)) return url;
  return parsed.href.replaceAll('(', '%28').replaceAll(')', '%29');
}
