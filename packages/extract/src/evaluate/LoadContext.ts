import type { SourceFile } from 'ts-morph';
import type { ReadLog } from '../project/ReadLog.js';
import { getSyntaxProblems, type SourceFileStore } from '../project/SourceFileStore.js';
import { ModuleResolver } from '../resolve/ModuleResolver.js';
import type { ProblemCollector } from '../problems/ProblemCollector.js';
import { EXTRACT_MESSAGES } from '../problems/messages.js';

/** What one load shares: the parsed files, the files looked at, module resolution and the problems found. */
export class LoadContext {
  readonly resolver: ModuleResolver;
  private readonly checked = new Set<string>();

  constructor(
    readonly store: SourceFileStore,
    readonly log: ReadLog,
    readonly problems: ProblemCollector,
  ) {
    this.resolver = new ModuleResolver(log);
  }

  /** The parsed file (undefined when missing); its syntax errors are reported the first time. */
  getSourceFile(path: string): SourceFile | undefined {
    const sourceFile = this.store.get(path, this.log);
    if (sourceFile && !this.checked.has(path)) {
      this.checked.add(path);
      for (const { position, message } of getSyntaxProblems(sourceFile)) {
        const { line, column } = sourceFile.getLineAndColumnAtPos(position);
        this.problems.addAt('syntax-error', { file: path, line, column }, EXTRACT_MESSAGES['syntax-error']({ detail: message }));
      }
    }
    return sourceFile;
  }
}
