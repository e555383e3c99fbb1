import type { CookiePolicyInput } from '@cookie-ledger/core';
import type { ExtractProblem } from './types.js';

/** Writes problems one per line, `file:line:column: message`. */
export function formatProblems(problems: readonly ExtractProblem[]): string {
  return problems.map(({ location, message }) => `${location.file}:${location.line}:${location.column}: ${message}`).join('\n');
}

/**
 * Thrown by `loadPolicy` when a policy cannot be read statically or is invalid. `problems` lists
 * every problem found, not only the first; the message has one line per problem,
 * `file:line:column: message`.
 */
export class PolicyLoadError extends Error {
  override readonly name = 'PolicyLoadError';
  /** Every problem, sorted by file and position. */
  readonly problems: readonly ExtractProblem[];
  /**
   * The policy input as evaluated, when every value could be read and only core's validation
   * failed (a placeholder purpose, a missing provider), and `cookies` is a list of objects
   * named by a string or a RegExp. Other fields may still be invalid. Lets tools that edit a
   * policy (`cookie-ledger add`) work on a policy that is not valid yet; undefined otherwise.
   */
  readonly evaluated: CookiePolicyInput | undefined;

  constructor(problems: readonly ExtractProblem[], evaluated?: CookiePolicyInput) {
    super(formatProblems(problems));
    this.problems = problems;
    this.evaluated = evaluated;
  }
}
