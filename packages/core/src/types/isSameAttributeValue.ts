/**
 * Whether two values of one cookie attribute say the same: domains (and other strings) compare
 * without case and without a leading dot (`.example.com` is `example.com`), the rest as written.
 */
export function isSameAttributeValue(a: unknown, b: unknown): boolean {
  return normalize(a) === normalize(b);
}

function normalize(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase().replace(/^\./, '') : value;
}
