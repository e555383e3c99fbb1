import type { AuditFinding, AuditReport, FindingCode } from '@cookie-ledger/audit';
import type { LoadedPolicy } from '@cookie-ledger/extract';
import type { Finding } from './Finding.js';
import type { SarifRuleInfo } from './toSarif.js';

/** The audit's table of finding codes (`FINDING_CODES`), passed in so that this module never loads the audit package. */
type AuditCodes = Readonly<Record<FindingCode, { readonly severity: Finding['severity']; readonly description: string }>>;

/**
 * The heading of each state's findings, in the order they are printed (ESLint's formatters sort
 * by heading, hence the numbers); `all` holds the `not-seen` notes.
 */
const STATE_HEADINGS = {
  'before-consent': 'state 1 of 3: before-consent',
  'after-accept': 'state 2 of 3: after-accept',
  'after-reject': 'state 3 of 3: after-reject',
  all: 'the policy: declarations not seen in any state',
} as const;

/** The rule id of an audit finding code in check's reports: `cookie-ledger/audit/undeclared`. */
export function auditRuleId(code: FindingCode): string {
  return `cookie-ledger/audit/${code}`;
}

/**
 * The audit's findings as check's findings, grouped by state (the heading stylish prints) and
 * placed at the declaration they concern in the policy file (its first line when no declaration
 * covers the item), so SARIF results point where the fix goes.
 */
export function fromAuditReport(report: AuditReport, policy: LoadedPolicy, codes: AuditCodes): Finding[] {
  return report.findings.map((finding) => {
    const location = finding.declarationIndex === undefined ? undefined : policy.declarations[finding.declarationIndex]?.location;
    return {
      ruleId: auditRuleId(finding.code),
      severity: codes[finding.code].severity,
      message: finding.state === 'all' ? finding.message : `${finding.message} Page: ${finding.url}`,
      file: location?.file ?? policy.file,
      line: location?.line ?? 1,
      column: location?.column ?? 1,
      group: STATE_HEADINGS[finding.state],
      properties: describeFinding(finding),
    };
  });
}

/** The finding's facts for SARIF's `properties`. */
function describeFinding(finding: AuditFinding): Record<string, string> {
  const { code, name, storage, state, url, domain, initiator, declaration } = finding;
  const facts: Record<string, string | undefined> = { code, name, storage, state, url, domain, initiator, declaration };
  return Object.fromEntries(Object.entries(facts).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** SARIF rule metadata for each audit finding code. */
export function describeAuditRules(codes: AuditCodes): SarifRuleInfo[] {
  return Object.entries(codes).map(([code, { description }]) => ({
    id: auditRuleId(code as FindingCode),
    description,
    helpUri: 'https://github.com/cookie-ledger/cookie-ledger/blob/main/docs/auditing-the-site.md#findings',
  }));
}

/** What each state did, one line each, for the end of the stylish report. */
export function describeStates(report: AuditReport): string {
  return report.states
    .map(({ state, skipped, pages, failed }) => {
      if (skipped !== undefined) return `${state}: skipped (${skipped})`;
      const broken = failed === undefined || failed.length === 0 ? '' : `; ${failed.length} link${failed.length === 1 ? '' : 's'} did not load: ${failed.map((link) => link.url).join(', ')}`;
      return `${state}: ${pages.length} page${pages.length === 1 ? '' : 's'} visited${broken}`;
    })
    .join('\n');
}
