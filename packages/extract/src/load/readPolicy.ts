import { defineCookiePolicy, validatePolicy, type CookiePolicyInput } from '@cookie-ledger/core';
import type { Expression } from 'ts-morph';
import { Evaluator } from '../evaluate/Evaluator.js';
import { LoadContext } from '../evaluate/LoadContext.js';
import { PolicyLoadError } from '../PolicyLoadError.js';
import { EXTRACT_MESSAGES } from '../problems/messages.js';
import { ProblemCollector } from '../problems/ProblemCollector.js';
import { getLocation } from '../problems/getLocation.js';
import type { ReadLog } from '../project/ReadLog.js';
import type { SourceFileStore } from '../project/SourceFileStore.js';
import type { LoadedPolicy } from '../types.js';
import { buildDeclarations } from './buildDeclarations.js';
import { findPolicyCall } from './findPolicyCall.js';
import { findUnknownParts, isCausedByUnknown } from './findUnknownParts.js';
import { locateIssue } from './locateIssue.js';

/**
 * Reads one policy module statically: finds its default `defineCookiePolicy(...)`, evaluates the
 * argument, validates it with core and builds it with core. Throws {@link PolicyLoadError} with
 * every problem (evaluation and validation) at once. Uncached; `loadPolicy` caches. Also returns
 * the evaluated input, which core builds the same policy from (the on-disk cache keeps it).
 */
export function readPolicy(file: string, store: SourceFileStore, log: ReadLog): { readonly loaded: LoadedPolicy; readonly input: CookiePolicyInput } {
  const problems = new ProblemCollector();
  const context = new LoadContext(store, log, problems);
  const sourceFile = context.getSourceFile(file);
  if (!sourceFile) {
    problems.addAt('file-not-found', { file, line: 1, column: 1 }, EXTRACT_MESSAGES['file-not-found']({ name: file }));
    throw new PolicyLoadError(problems.problems);
  }
  // A file that does not parse yields a tree full of guesses; its syntax errors are the whole story.
  if (problems.size > 0) throw new PolicyLoadError(problems.problems);

  const evaluator = new Evaluator(context);
  const call = findPolicyCall(sourceFile, evaluator, problems);
  if (!call) throw new PolicyLoadError(problems.problems);

  const inputNode = call.getArguments()[0] as Expression | undefined;
  const input = inputNode ? evaluator.evaluate(inputNode) : undefined;
  // Every unknown value comes with a reported problem, so a clean evaluation has none to look for.
  const evaluated = problems.size === 0 ? asNamedDeclarations(input) : undefined;
  const unknownParts = problems.size === 0 ? [] : findUnknownParts(input, evaluator.origins);
  for (const issue of validatePolicy(input)) {
    if (isCausedByUnknown(issue, unknownParts)) continue;
    const node = locateIssue(input, inputNode ?? call, issue.pathSegments, evaluator.origins);
    problems.addAt(issue.code, getLocation(node), issue.message, issue.path);
  }
  if (problems.size > 0) throw new PolicyLoadError(problems.problems, evaluated);

  const validInput = input as CookiePolicyInput;
  const policy = defineCookiePolicy(validInput);
  const declarations = buildDeclarations(policy, validInput.cookies, call, evaluator.origins);
  return { loaded: { file, policy, declarations, files: log.existingFiles }, input: validInput };
}

/** The input, when its `cookies` is a list of objects each named by a string or a RegExp. */
function asNamedDeclarations(input: unknown): CookiePolicyInput | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { cookies } = input as { cookies?: unknown };
  const named = (item: unknown) => {
    const name = (item as { name?: unknown } | null)?.name;
    return typeof item === 'object' && (typeof name === 'string' || name instanceof RegExp);
  };
  return Array.isArray(cookies) && cookies.every(named) ? (input as CookiePolicyInput) : undefined;
}
