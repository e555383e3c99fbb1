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

  constructor(problems: readonly ExtractProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
  }
}
