/**
 * One problem `cookie-ledger check` or `audit` reports: from an ESLint rule, from looking at the
 * whole project, or from what the browser stored.
 */
export interface Finding {
  /** `cookie-ledger/<rule>`: an ESLint rule id, one of the project checks in {@link PROJECT_CHECKS}, or `cookie-ledger/audit/<code>`. */
  readonly ruleId: string;
  /** `note` informs (SARIF's `note`; a warning in ESLint's formats) and never fails a run. */
  readonly severity: 'error' | 'warning' | 'note';
  readonly message: string;
  /** Absolute path. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /**
   * The heading stylish and ESLint's JSON show the finding under, instead of its file (the
   * audit's state). Findings with a heading keep the order they are given in.
   */
  readonly group?: string;
  /** Facts a program reading SARIF may want (the audit's page URL, state, storage kind). */
  readonly properties?: Readonly<Record<string, string>>;
}

/** The checks only the whole project shows, with what each reports (for SARIF rule metadata and docs). */
export const PROJECT_CHECKS = {
  'cookie-ledger/unused-declaration': 'A declaration whose name no code in the project writes.',
  'cookie-ledger/orphan-declaration': 'A `defineCookie` call that no policy includes.',
  'cookie-ledger/case-folded-name': 'A cookie declared under a name that differs from another only in case (a warning).',
  'cookie-ledger/invalid-declaration': 'A declaration or policy that core validation rejects.',
  'cookie-ledger/parse-error': 'A source file that cannot be parsed, so its writes were not checked.',
} as const;

/** Findings in a stable order: by file, then line, then column; findings under a heading as given. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => {
    if (a.group !== undefined || b.group !== undefined) return 0;
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
  });
}
