import { relative } from 'node:path';
import { clearPolicyCache, loadPolicy, PolicyLoadError, type ExtractProblem } from '@cookie-ledger/extract';

/**
 * What still keeps the declarations `add` or `init` wrote from validating, read back from the
 * file as `check` reads it: one `file:line:column: message` line per problem of the declarations
 * from `cookies[firstIndex]` on (and of the policy itself when `firstIndex` is 0). Empty when they
 * validate.
 */
export function describeRemainingTodos(file: string, firstIndex: number, cwd: string): string[] {
  // The file was just rewritten: read it again, whatever the cache holds.
  clearPolicyCache();
  try {
    loadPolicy(file);
    return [];
  } catch (error) {
    if (!(error instanceof PolicyLoadError)) throw error;
    return error.problems
      .filter((problem) => isAbout(problem, firstIndex))
      .map(({ location, message }) => `${relative(cwd, location.file) || location.file}:${location.line}:${location.column}: ${message}`);
  }
}

function isAbout(problem: ExtractProblem, firstIndex: number): boolean {
  const index = /^cookies\[(\d+)\]/.exec(problem.path ?? '')?.[1];
  if (index === undefined) return firstIndex === 0 || problem.path === undefined;
  return Number(index) >= firstIndex;
}

/** The lines `add` and `init` end with when TODOs remain: they exit with 1 after them. */
export function formatRemainingTodos(todos: readonly string[]): string {
  const count = todos.length === 1 ? '1 problem keeps' : `${todos.length} problems keep`;
  return `${count} the new declarations from validating; write what the TODOs ask, then run \`cookie-ledger check\`:\n${todos.map((todo) => `  ${todo}\n`).join('')}`;
}
