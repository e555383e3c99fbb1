import type { CookieAttributes } from '../types/declaration.js';
import { SAME_SITE_VALUES } from '../types/constants.js';
import { SAME_SITE_LIST } from '../issues/messages.js';
import type { TextContext } from './checkText.js';
import { isRecord, printValue } from './IssueCollector.js';

const BOOLEAN_ATTRIBUTES = ['httpOnly', 'secure', 'partitioned'] as const;
const KNOWN_ATTRIBUTES = new Set<string>([...BOOLEAN_ATTRIBUTES, 'sameSite', 'domain', 'path']);

/** Checks `attributes` and the rules browsers apply to them; returns them typed when the shape is valid. */
export function checkAttributes(
  context: TextContext,
  value: unknown,
  segments: readonly (string | number)[],
): CookieAttributes | undefined {
  const { collector, subject } = context;
  const report = (field: string | undefined, received: string, detail: string): void =>
    collector.add('invalid-attribute', field === undefined ? segments : [...segments, field], { subject, received, detail });

  if (!isRecord(value)) {
    report(undefined, `the attributes ${printValue(value)}`, 'write an object such as `{ httpOnly: true, secure: true, sameSite: \'lax\' }`.');
    return undefined;
  }
  let valid = true;
  for (const key of Object.keys(value)) {
    if (!KNOWN_ATTRIBUTES.has(key)) {
      report(key, `the unknown attribute \`${key}\``, `write only ${[...KNOWN_ATTRIBUTES].map((k) => `\`${k}\``).join(', ')}; the lifetime goes in \`duration\`.`);
      valid = false;
    }
  }
  for (const key of BOOLEAN_ATTRIBUTES) {
    if (value[key] !== undefined && typeof value[key] !== 'boolean') {
      report(key, `\`${key}: ${printValue(value[key])}\``, `write \`${key}: true\` or \`${key}: false\`.`);
      valid = false;
    }
  }
  if (value.sameSite !== undefined && !(SAME_SITE_VALUES as readonly unknown[]).includes(value.sameSite)) {
    report('sameSite', `\`sameSite: ${printValue(value.sameSite)}\``, `write one of ${SAME_SITE_LIST} (lowercase).`);
    valid = false;
  }
  if (value.domain !== undefined && (typeof value.domain !== 'string' || !/^\.?[a-z0-9.-]+$/i.test(value.domain))) {
    report('domain', `\`domain: ${printValue(value.domain)}\``, "write a host name without scheme or path, e.g. `domain: '.example.com'`.");
    valid = false;
  }
  if (value.path !== undefined && (typeof value.path !== 'string' || !value.path.startsWith('/'))) {
    report('path', `\`path: ${printValue(value.path)}\``, "write a path that starts with `/`, e.g. `path: '/'`.");
    valid = false;
  }
  if (value.sameSite === 'none' && value.secure !== true) {
    report('secure', "`sameSite: 'none'` without `secure: true`", 'browsers reject such a cookie; add `secure: true`.');
    valid = false;
  }
  if (value.partitioned === true && value.secure !== true) {
    report('secure', '`partitioned: true` without `secure: true`', 'browsers reject such a cookie; add `secure: true`.');
    valid = false;
  }
  return valid ? (value as CookieAttributes) : undefined;
}

/**
 * Browsers accept a cookie named `__Host-…` only when it is secure, has path `/` and no domain,
 * and one named `__Secure-…` only when it is secure (RFC 6265bis; prefixes compared without case).
 */
export function checkCookiePrefix(
  context: TextContext,
  name: string,
  attributes: CookieAttributes | undefined,
  segments: readonly (string | number)[],
): void {
  const lower = name.toLowerCase();
  const at = [...segments, 'attributes'];
  if (lower.startsWith('__host-')) {
    if (attributes?.secure !== true || attributes.path !== '/' || attributes.domain !== undefined) {
      context.collector.add('cookie-prefix-attributes', at, { subject: context.subject, detail: "`secure: true`, `path: '/'` and no `domain`" });
    }
  } else if (lower.startsWith('__secure-') && attributes?.secure !== true) {
    context.collector.add('cookie-prefix-attributes', at, { subject: context.subject, detail: '`secure: true`' });
  }
}
