import type { CookieCategory, CookiePolicy, NamePattern } from '@cookie-ledger/core';

/**
 * The names a declared name allows: an exact name itself, `'_ga_*'` as `` `_ga_${string}` ``,
 * `'*_id'` as `` `${string}_id` ``. A RegExp declaration allows no typed name (write it with a
 * pattern or an exact name instead).
 */
export type AllowedName<N extends NamePattern> = N extends `*${infer Suffix}`
  ? `${string}${Suffix}`
  : N extends `${infer Prefix}*`
    ? `${Prefix}${string}`
    : N extends string
      ? N
      : never;

/** Every name a jar or `serializeCookie` accepts for a policy: its exact names and its patterns as template literal types. */
export type JarName<P> = P extends CookiePolicy<infer D> ? AllowedName<D[number]['name']> : never;

/** The visitor's choice per category; `necessary` is always granted. */
export type ConsentChoice = Readonly<Record<CookieCategory, boolean>>;

/** A change to the visitor's choice: the categories named are set, the others kept. */
export type ConsentUpdate = Readonly<Partial<Record<CookieCategory, boolean>>>;

/** The visitor's consent as the jar holds it. */
export interface ConsentState {
  /** Sets the categories named. A category set to `false` loses what it holds: its cookies and storage keys are removed. */
  update(choice: ConsentUpdate): void;
  /** The whole choice. */
  get(): ConsentChoice;
  /** Whether one category is granted. */
  get(category: CookieCategory): boolean;
  /** Calls `listener` with the whole choice after every update; returns the function that stops it. */
  subscribe(listener: (choice: ConsentChoice) => void): () => void;
}

/**
 * What `set` does with a write that needs a consent the visitor has not given: `'skip'`
 * (the default: nothing is written, `set` returns false), `'throw'` (an error naming the
 * category, for development builds), or `'queue'` (kept, last value wins, and written when the
 * category is granted).
 */
export type WithoutConsent = 'skip' | 'throw' | 'queue';

/** Options of `createCookieJar`. */
export interface CookieJarOptions {
  /** See {@link WithoutConsent}. Default: `'skip'`. */
  readonly withoutConsent?: WithoutConsent;
  /** The choice already known when the jar is made (read back from the consent manager). */
  readonly consent?: ConsentUpdate;
}

/** A cookie jar typed by a policy: see `createCookieJar`. */
export interface CookieJar<Name extends string> {
  /**
   * Writes `value` where the declaration says (cookie, localStorage, sessionStorage), with its
   * lifetime and attributes. Returns false when the write needs a consent not given.
   */
  set(name: Name, value: string): boolean;
  /** The value stored under `name`, or undefined. */
  get(name: Name): string | undefined;
  /** Removes `name` (a cookie is expired with its declared domain and path). */
  remove(name: Name): void;
  /** The visitor's consent, which gates `set`. */
  readonly consent: ConsentState;
}
