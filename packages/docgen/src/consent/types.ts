import type { CookiePolicy } from '@cookie-ledger/core';
import type { DocgenLocale } from '../locales/DocgenLocale.js';
import type { RenderContext } from '../RenderContext.js';

/** Every consent manager a banner config is generated for. */
export const CONSENT_TARGETS = ['klaro', 'vanilla-cookieconsent', 'c15t', 'tarteaucitron'] as const;
/** A consent manager. */
export type ConsentTarget = (typeof CONSENT_TARGETS)[number];

/** Options of {@link renderConsentConfig}. */
export interface ConsentConfigOptions {
  readonly target: ConsentTarget;
  /** `'json'` (default), or `'module'`: an ES module whose default export is the config, with name patterns as RegExp literals. */
  readonly output?: 'json' | 'module';
  /** Words for languages that are not built in, as for `renderPolicy`. */
  readonly localeData?: DocgenLocale | readonly DocgenLocale[];
}

/** Something of a declaration the target cannot express: the config leaves it out, and says so here. */
export interface ConsentWarning {
  /** The declaration's position in `policy.cookies`; undefined for a warning about the whole config. */
  readonly index?: number;
  readonly message: string;
}

/** A generated banner config and what it could not express. */
export interface ConsentConfigResult {
  readonly text: string;
  readonly warnings: readonly ConsentWarning[];
}

/** What a target's builder receives. */
export interface ConsentInput {
  readonly policy: CookiePolicy;
  /** One rendering context per language of the policy, the default first (texts: `localize(context, text)`). */
  readonly locales: readonly { readonly code: string; readonly context: RenderContext }[];
  /** Whether the output is JSON, which holds no RegExp and no function. */
  readonly json: boolean;
  /** Records a warning about `policy.cookies[index]` (or the whole config). */
  warn(index: number | undefined, message: string): void;
}

/** A target: builds its config as a value (RegExp allowed in module output) and, for a module, may add exports. */
export interface ConsentTargetBuilder {
  build(input: ConsentInput): unknown;
  /** Code after `export default …;` in module output. */
  readonly moduleSuffix?: string;
}
