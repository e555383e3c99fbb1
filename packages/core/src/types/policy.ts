import type { CookieDeclaration, NamePattern, Party, SetBy, StorageKind } from './declaration.js';

/** What `defineCookiePolicy` receives. */
export interface CookiePolicyInput<D extends readonly CookieDeclaration[] = readonly CookieDeclaration[]> {
  /** The company that runs the site; a provider with this name is first-party. */
  readonly owner: string;
  /** The site's address, shown on the policy page. */
  readonly site?: string;
  /** The locales every text is written in, the default first. Default: `['en']`. */
  readonly locales?: readonly string[];
  /** Every declaration, usually made with `defineCookie`. */
  readonly cookies: D;
}

/** A declaration as the policy holds it: `storage`, `party` and `setBy` filled in. */
export type ResolvedCookie<D extends CookieDeclaration = CookieDeclaration> = D & {
  readonly storage: StorageKind;
  readonly party: Party;
  readonly setBy: SetBy;
};

/** The exact names among declared names: patterns (`'_ga_*'`) and RegExps are left out. */
export type ExactName<N extends NamePattern> = N extends string ? (N extends `*${string}` | `${string}*` ? never : N) : never;

type DeclarationNamed<D extends CookieDeclaration, N extends string> = [Extract<D, { readonly name: N }>] extends [never]
  ? D
  : Extract<D, { readonly name: N }>;

/** A validated policy, with typed look-ups. */
export interface CookiePolicy<D extends readonly CookieDeclaration[] = readonly CookieDeclaration[]> {
  readonly owner: string;
  readonly site: string | undefined;
  /** The locales of the policy, the default first. */
  readonly locales: readonly string[];
  /** The first locale: texts missing in another locale fall back to it. */
  readonly defaultLocale: string;
  /** Every declaration, in the order written. */
  readonly cookies: readonly ResolvedCookie<D[number]>[];
  /**
   * The declaration with this exact name. Typed: a name the policy does not declare does not
   * compile. Throws when called with an undeclared name from untyped code.
   */
  get<const N extends ExactName<D[number]['name']>>(name: N): ResolvedCookie<DeclarationNamed<D[number], N>>;
  /**
   * The declaration that covers a concrete name (`'_ga_ABC123'`) in one storage (default
   * `'cookie'`): an exact name first, then the most specific pattern, else undefined.
   */
  match(concreteName: string, storage?: StorageKind): ResolvedCookie<D[number]> | undefined;
}

/** The union of the exact names a policy declares: `CookieName<typeof policy>`. */
export type CookieName<P> = P extends CookiePolicy<infer D> ? ExactName<D[number]['name']> : never;
