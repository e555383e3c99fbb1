import type { Node } from 'ts-morph';
import type { ExtractProblem, SourceLocation } from '../types.js';
import { EXTRACT_MESSAGES, type ExtractProblemCode, type ProblemParams } from './messages.js';
import { getLocation } from './getLocation.js';

/** Gathers every problem of one load, so that all of them are reported at once. */
export class ProblemCollector {
  private readonly list: ExtractProblem[] = [];
  private readonly seen = new Set<string>();

  /** Adds a problem of the static reader at a node. */
  add(code: ExtractProblemCode, node: Node, params: ProblemParams = {}): void {
    this.addAt(code, getLocation(node), EXTRACT_MESSAGES[code](params));
  }

  /** Adds a problem with a ready message at a location (core's validation problems, missing files). */
  addAt(code: string, location: SourceLocation, message: string, path?: string): void {
    // The same expression can be reached twice (a constant used by two declarations): report it once.
    const key = `${code}\0${location.file}\0${location.line}\0${location.column}\0${path ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(path === undefined ? { code, message, location } : { code, message, location, path });
  }

  get size(): number {
    return this.list.length;
  }

  /** Every problem, sorted by file, line and column. */
  get problems(): ExtractProblem[] {
    return [...this.list].sort(
      (a, b) =>
        a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column,
    );
  }
}
