import { createNameMatcher, type CookiePolicyInput, type StorageKind } from '@cookie-ledger/core';
import { loadPolicy, PolicyLoadError } from '@cookie-ledger/extract';
import { ConfigError } from './errors.js';

/** What `add` needs to know of the policy it adds to. */
export interface PolicyFacts {
  /** Whether a name is already covered (exactly or by a pattern). */
  readonly isDeclared: (name: string, storage: StorageKind) => boolean;
  /** The company that runs the site: the provider of what it sets itself. */
  readonly owner: string;
  /** The policy's locales, its default first: every text is written in each. */
  readonly locales: readonly string[];
  /** How many declarations the list holds, so that problems of the added ones can be told apart. */
  readonly count: number;
}

/**
 * Reads the policy in `file` statically. Works on a policy that fails validation too (a TODO
 * purpose left by an earlier `add`), so that adding twice changes nothing; a policy that cannot
 * be evaluated is a {@link ConfigError}.
 */
export function readPolicyFacts(file: string): PolicyFacts {
  let input: CookiePolicyInput;
  try {
    input = loadPolicy(file).policy;
  } catch (error) {
    if (!(error instanceof PolicyLoadError)) throw error;
    if (error.evaluated === undefined) throw new ConfigError(`The policy cannot be read:\n${error.message}`, { cause: error });
    input = error.evaluated;
  }
  const match = createNameMatcher(input.cookies);
  return {
    isDeclared: (name, storage) => match(name, storage) !== undefined,
    owner: input.owner,
    locales: input.locales ?? [],
    count: input.cookies.length,
  };
}
