import type { Expression, Identifier, Node } from 'ts-morph';
import type { ProblemCollector } from '../problems/ProblemCollector.js';
import type { UNKNOWN, ValueOrigins } from './values.js';

/** What the evaluation helpers need from the evaluator: recursion, origins and problem reporting. */
export interface EvaluationHost {
  evaluate(node: Expression): unknown;
  evaluateIdentifier(identifier: Identifier): unknown;
  /** Reports syntax the evaluator does not run and returns {@link UNKNOWN}. */
  unsupported(node: Node): typeof UNKNOWN;
  readonly origins: ValueOrigins;
  readonly problems: ProblemCollector;
}
