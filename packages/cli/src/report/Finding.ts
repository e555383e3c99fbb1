/** One problem `cookie-ledger check` reports: from an ESLint rule, or from looking at the whole project. */
export interface Finding {
  /** `cookie-ledger/<rule>`: an ESLint rule id, or one of the project checks in {@link PROJECT_CHECKS}. */
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** Absolute path. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** The checks only the whole project shows, with what each reports (for SARIF rule metadata and docs). */
export const PROJECT_CHECKS = {
  'cookie-ledger/unused-declaration': 'A declaration whose name no code in the project writes.',
  'cookie-ledger/orphan-declaration': 'A `defineCookie` call that no policy includes.',
  'cookie-ledger/case-folded-name': 'A cookie declared under a name that differs from another only in case (a warning).',
  'cookie-ledger/invalid-declaration': 'A declaration or policy that core validation rejects.',
  'cookie-ledger/parse-error': 'A source file that cannot be parsed, so its writes were not checked.',
} as const;

/** Findings in a stable order: by file, then line, then column. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}
