/** Why a string cannot be a cookie's name: the first character a browser would not accept there. */
export interface CookieNameProblem {
  /** The offending character. */
  readonly character: string;
  /** Its index in the name. */
  readonly index: number;
  /** What kind of character it is, for the message. */
  readonly kind: 'separator' | 'whitespace' | 'control character' | 'non-ASCII character';
}

// RFC 6265 section 4.1.1: a cookie-name is an RFC 2616 token, any CHAR except CTLs or these.
const SEPARATORS = new Set('()<>@,;:\\"/[]?={}');

/**
 * The first character that keeps `name` from being a cookie name (an RFC 6265 token: ASCII
 * letters, digits and ``!#$%&'*+-.^_`|~``), or undefined when it is one. A `*` is a token
 * character, so declared patterns (`'_ga_*'`) are checked as written. Storage keys have no
 * such rule.
 */
export function getCookieNameProblem(name: string): CookieNameProblem | undefined {
  for (let index = 0; index < name.length; index++) {
    const character = name[index]!;
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return { character, index, kind: character === '\t' ? 'whitespace' : 'control character' };
    if (character === ' ') return { character, index, kind: 'whitespace' };
    if (SEPARATORS.has(character)) return { character, index, kind: 'separator' };
    if (code > 0x7f) return { character: String.fromCodePoint(name.codePointAt(index)!), index, kind: 'non-ASCII character' };
  }
  return undefined;
}

/**
 * The problem in words, the one sentence `validatePolicy` and `cookie-ledger add` both write:
 * "contains the separator `;` at position 2; a cookie name may only hold ...".
 */
export function describeCookieNameProblem({ character, index, kind }: CookieNameProblem): string {
  const code = character.codePointAt(0)!;
  const what =
    character === ' ' ? 'a space'
    : character === '\t' ? 'a tab'
    : kind === 'control character' ? `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : `the ${kind} \`${character}\``;
  return `contains ${what} at position ${index + 1}; a cookie name may only hold ASCII letters, digits and ! # $ % & ' * + - . ^ _ \` | ~ (an RFC 6265 token)`;
}
