import { readFileSync } from 'node:fs';
import type { ts, SourceFile } from 'ts-morph';
import { Project, typescript } from './tsMorph.js';
import type { FileSignature, ReadLog } from './ReadLog.js';

/** A syntax error of a parsed file, at a character offset. */
export interface SyntaxProblem {
  readonly position: number;
  readonly message: string;
}

/**
 * The parsed source files of this process, re-parsed only when their signature changes. The
 * project loads no lib files, resolves no imports and reads no tsconfig: the evaluator follows
 * imports itself, so only the files a policy really uses are ever parsed.
 */
export class SourceFileStore {
  // Created on first use: a store made when the module loads must not load ts-morph yet.
  private project: Project | undefined;
  private readonly parsedSignatures = new Map<string, FileSignature>();

  /** The parsed file, or undefined when it does not exist. Records the file in `log`. */
  get(path: string, log: ReadLog): SourceFile | undefined {
    const signature = log.look(path);
    if (signature === null) return undefined;
    this.project ??= createProject();
    const parsed = this.project.getSourceFile(path);
    if (parsed && this.parsedSignatures.get(path) === signature) return parsed;
    const sourceFile = this.project.createSourceFile(path, readFileSync(path, 'utf8'), { overwrite: true });
    this.parsedSignatures.set(path, signature);
    return sourceFile;
  }

  /** Drops every parsed file. */
  clear(): void {
    this.project = undefined;
    this.parsedSignatures.clear();
  }
}

/** The syntax errors the parser found in a file. */
export function getSyntaxProblems(sourceFile: SourceFile): SyntaxProblem[] {
  // Parse diagnostics live on the TypeScript node; asking the program for them would build a
  // whole program (with type checking machinery) just to read what the parser already knows.
  const diagnostics = (sourceFile.compilerNode as ts.SourceFile & { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  return diagnostics.map((diagnostic) => ({
    position: diagnostic.start ?? 0,
    message: typescript.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
  }));
}

function createProject(): Project {
  return new Project({
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    skipLoadingLibFiles: true,
    compilerOptions: { allowJs: true, noLib: true, noResolve: true },
  });
}
