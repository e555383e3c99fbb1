import { ESLint } from 'eslint';
import type { Finding } from './Finding.js';
import { sortFindings } from './Finding.js';
import { toLintResults } from './toLintResults.js';
import { type SarifRuleInfo, toSarif } from './toSarif.js';

/** The output formats of `cookie-ledger check`. */
export const CHECK_FORMATS = ['stylish', 'json', 'sarif'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/**
 * The findings as text: `stylish` and `json` are ESLint's own formatters (so editors and
 * scripts that read ESLint's output read ours), `sarif` is SARIF 2.1.0 for code scanning.
 * `color` forces stylish colours on or off; by default they follow the terminal, as in ESLint.
 */
export async function formatFindings(
  findings: readonly Finding[],
  format: CheckFormat,
  context: { root: string; version: string; rules: readonly SarifRuleInfo[]; color?: boolean },
): Promise<string> {
  const sorted = sortFindings(findings);
  if (format === 'sarif') return `${JSON.stringify(toSarif(sorted, context), null, 2)}\n`;
  const formatter = await new ESLint({ cwd: context.root }).loadFormatter(format);
  const text = await formatter.format(toLintResults(sorted), context.color === undefined ? {} : { color: context.color });
  return format === 'json' ? `${text}\n` : text;
}
