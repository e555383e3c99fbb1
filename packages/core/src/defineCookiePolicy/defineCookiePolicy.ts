import type { CookieDeclaration } from '../types/declaration.js';
import type { CookiePolicy, CookiePolicyInput, ResolvedCookie } from '../types/policy.js';
import { CookiePolicyError } from '../issues/CookiePolicyError.js';
import { validatePolicy } from '../validatePolicy/validatePolicy.js';
import { getParty } from '../getParty/getParty.js';
import { createNameMatcher } from '../namePattern/createNameMatcher.js';
import { parseNamePattern } from '../namePattern/parseNamePattern.js';

/**
 * Declares the site's cookie policy: who runs the site, its locales and every declaration.
 * Validates everything and throws one {@link CookiePolicyError} listing every problem.
 *
 * @example
 * export default defineCookiePolicy({ owner: 'Opendatasoft', locales: ['en', 'fr'], cookies: [session] });
 */
// @__NO_SIDE_EFFECTS__
export function defineCookiePolicy<const D extends readonly CookieDeclaration[]>(input: CookiePolicyInput<D>): CookiePolicy<D> {
  const issues = validatePolicy(input);
  if (issues.length > 0) throw new CookiePolicyError(issues);

  const locales = input.locales ?? ['en'];
  const cookies = input.cookies.map(
    (declaration): ResolvedCookie<D[number]> => ({
      ...declaration,
      storage: declaration.storage ?? 'cookie',
      party: getParty(declaration, input.owner),
      setBy: declaration.setBy ?? 'app',
    }),
  );
  const match = createNameMatcher(cookies);
  const exact = new Map(cookies.filter((cookie) => parseNamePattern(cookie.name).kind === 'exact').map((cookie) => [cookie.name as string, cookie]));

  return {
    owner: input.owner,
    site: input.site,
    locales,
    defaultLocale: locales[0]!,
    cookies,
    get(name: string) {
      const cookie = exact.get(name);
      if (cookie) return cookie;
      const names = [...exact.keys()].map((known) => `"${known}"`).join(', ');
      throw new Error(`"${name}" is not declared in the cookie policy of ${input.owner}. Declared names: ${names || 'none'}.`);
    },
    match,
  } satisfies Omit<CookiePolicy, "get"> & { get(name: string): ResolvedCookie } as unknown as CookiePolicy<D>;
}
