import type { CookiePolicy, ResolvedCookie } from '@cookie-ledger/core';

/** A place in a source file: 1-based line and column. */
export interface SourceLocation {
  /** The absolute path of the file. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** One declaration of a statically loaded policy, with where it is written. */
export interface LoadedDeclaration {
  /** The same object as `policy.cookies[index]`. */
  readonly cookie: ResolvedCookie;
  /** Its index in `policy.cookies`. */
  readonly index: number;
  /** The `defineCookie(...)` call, or the object literal when it is written without `defineCookie`. */
  readonly location: SourceLocation;
  /** Where each field written in the declaration is (`name`, `purpose`, `duration`, ...). */
  readonly fields: Readonly<Record<string, SourceLocation>>;
  /** The JSDoc text on the variable that holds the declaration, if any. */
  readonly jsdoc?: string;
}

/** A policy read from source without running it. */
export interface LoadedPolicy {
  /** The absolute path of the policy module. */
  readonly file: string;
  /** The policy core's `defineCookiePolicy` builds from the statically evaluated input. */
  readonly policy: CookiePolicy;
  /** Every declaration, in the order of `policy.cookies`. */
  readonly declarations: readonly LoadedDeclaration[];
  /** Every file read to load the policy (source modules and tsconfig files), for caches and watchers. */
  readonly files: readonly string[];
}

/** One reason a policy could not be loaded. */
export interface ExtractProblem {
  /** An extract code (`unsupported-call`, `syntax-error`, ...) or core's validation code (`missing-purpose`, ...). */
  readonly code: string;
  /** What is wrong and what to write instead. */
  readonly message: string;
  /** Where it is. */
  readonly location: SourceLocation;
  /** For core's validation problems: the path in the policy, e.g. `cookies[2].duration`. */
  readonly path?: string;
}

/** A `defineCookie(...)` call found in a file, with its name when the name is static. */
export interface FoundDeclaration {
  /** The absolute path of the file. */
  readonly file: string;
  /** The `defineCookie(...)` call. */
  readonly location: SourceLocation;
  /** The declared name, when it can be read statically. */
  readonly name?: string | RegExp;
}

/** Options of `loadPolicy`. */
export interface LoadPolicyOptions {
  /** The directory a relative `file` is resolved against. Default: `process.cwd()`. */
  readonly cwd?: string;
}
