import { relative, sep } from 'node:path';
import type { Finding } from './Finding.js';

/** What SARIF's `tool.driver` says of each rule. */
export interface SarifRuleInfo {
  readonly id: string;
  readonly description: string;
  readonly helpUri?: string;
}

/**
 * A SARIF 2.1.0 log of the findings, as code-scanning services accept it: one run, the rules
 * that reported, and file locations relative to `root` (the `%SRCROOT%` base).
 */
export function toSarif(findings: readonly Finding[], options: { root: string; version: string; rules: readonly SarifRuleInfo[] }): object {
  const usedIds = [...new Set(findings.map((finding) => finding.ruleId))].sort();
  const known = new Map(options.rules.map((rule) => [rule.id, rule]));
  const rules = usedIds.map((id) => {
    const info = known.get(id);
    return {
      id,
      shortDescription: { text: info?.description ?? id },
      ...(info?.helpUri === undefined ? {} : { helpUri: info.helpUri }),
    };
  });
  const results = findings.map((finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: usedIds.indexOf(finding.ruleId),
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relative(options.root, finding.file).split(sep).join('/'), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            ...(finding.endLine === undefined ? {} : { endLine: finding.endLine }),
            ...(finding.endColumn === undefined ? {} : { endColumn: finding.endColumn }),
          },
        },
      },
    ],
    ...(finding.properties === undefined ? {} : { properties: finding.properties }),
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'cookie-ledger', version: options.version, informationUri: 'https://github.com/cookie-ledger/cookie-ledger', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToUri(options.root)}/` } },
        results,
      },
    ],
  };
}

function pathToUri(path: string): string {
  return `file://${path.split(sep).map(encodeURIComponent).join('/')}`.replace(/\/$/, '');
}
