import type { ESLint, Linter } from 'eslint';
import type { Finding } from './Finding.js';

/** Findings grouped per file (or per heading) in ESLint's result shape, so ESLint's own formatters print them. */
export function toLintResults(findings: readonly Finding[]): ESLint.LintResult[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.group ?? finding.file;
    byFile.set(key, [...(byFile.get(key) ?? []), finding]);
  }
  return [...byFile].map(([filePath, fileFindings]) => {
    const messages = fileFindings.map(
      (finding): Linter.LintMessage => ({
        ruleId: finding.ruleId,
        severity: finding.severity === 'error' ? 2 : 1,
        message: finding.message,
        line: finding.line,
        column: finding.column,
        ...(finding.endLine === undefined ? {} : { endLine: finding.endLine }),
        ...(finding.endColumn === undefined ? {} : { endColumn: finding.endColumn }),
      }),
    );
    const errorCount = messages.filter((message) => message.severity === 2).length;
    return {
      filePath,
      messages,
      suppressedMessages: [],
      errorCount,
      fatalErrorCount: 0,
      warningCount: messages.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
}
