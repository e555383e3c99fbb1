import { relative } from 'node:path';
import { CONSENT_TARGETS, renderConsentConfig, type ConsentTarget } from '@cookie-ledger/docgen';
import type { LoadedPolicy } from '@cookie-ledger/extract';
import type { CliContext } from '../../CliContext.js';

/** Whether `--format` names a consent manager rather than a document format. */
export function isConsentTarget(format: string): format is ConsentTarget {
  return (CONSENT_TARGETS as readonly string[]).includes(format);
}

/**
 * The banner config's text. What the target cannot express goes to stderr, one
 * `file:line:column: warning: message` line per declaration (at its name), so an editor or CI
 * log links to it; warnings do not change the exit code.
 */
export function writeBannerConfig(loaded: LoadedPolicy, target: ConsentTarget, module: boolean, context: CliContext): string {
  const { text, warnings } = renderConsentConfig(loaded.policy, { target, output: module ? 'module' : 'json' });
  for (const { index, message } of warnings) {
    const declaration = index === undefined ? undefined : loaded.declarations[index];
    const at = declaration ? (declaration.fields.name ?? declaration.location) : undefined;
    const where = at ? `${relative(context.cwd, at.file)}:${at.line}:${at.column}` : relative(context.cwd, loaded.file);
    context.stderr(`${where}: warning: ${message}\n`);
  }
  return text;
}
