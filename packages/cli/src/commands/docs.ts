import {
  COLUMN_IDS,
  CONSENT_TARGETS,
  FORMATS,
  GROUP_BY_VALUES,
  HEADING_LEVELS,
  IncompleteLocaleError,
  InvalidRenderOptionError,
  TcfExportError,
  renderPolicy,
  type ColumnId,
  type ColumnOption,
  type Format,
  type GroupBy,
  type HeadingLevel,
} from '@cookie-ledger/docgen';
import { parseArgs } from 'node:util';
import type { CliContext } from '../CliContext.js';
import { ConfigError, UsageError } from '../errors.js';
import { describePolicyOption, loadProjectPolicy } from '../loadProjectPolicy.js';
import { withUsageErrors } from '../withUsageErrors.js';
import { writeOutput } from '../writeOutput.js';
import { isConsentTarget, writeBannerConfig } from './docs/bannerConfig.js';

export const help = `Usage: cookie-ledger docs [options]

Writes the cookie policy page, or an export of the policy, from its declarations.

Options:
${describePolicyOption(23)}
  --format FORMAT      ${FORMATS.join(' | ')} (default: markdown),
                       or a consent banner's config: ${CONSENT_TARGETS.join(' | ')}
  --module             banner configs: an ES module (patterns as RegExp) instead of JSON
  --locale CODE        the language of the document (default: the policy's first locale)
  --columns LIST       table columns, comma-separated; a header of your own after "=":
                       provider=Supplier name,names=Cookie name,duration,purpose=Function
                       (${COLUMN_IDS.join(', ')})
  --group-by KEY       ${GROUP_BY_VALUES.join(' | ')} (default: category)
  --no-introduction    leave out what a cookie is, the kinds of cookies and consent
  --fragment           html: a fragment to embed instead of a standalone page
  --heading-level N    the title's heading level, sections below it: ${HEADING_LEVELS.join(' | ')}
                       (default: 1, and 2 for a --fragment)
  --no-styles          html: leave the styles out (a fragment's own only apply inside it)
  -o, --output FILE    write to FILE instead of stdout
  -h, --help           show this help
`;

const OPTIONS = {
  policy: { type: 'string' },
  format: { type: 'string', default: 'markdown' },
  locale: { type: 'string' },
  columns: { type: 'string' },
  'group-by': { type: 'string' },
  introduction: { type: 'boolean', default: true },
  fragment: { type: 'boolean', default: false },
  module: { type: 'boolean', default: false },
  'heading-level': { type: 'string' },
  styles: { type: 'boolean', default: true },
  output: { type: 'string', short: 'o' },
} as const;

/** `cookie-ledger docs`: renders the project's policy with @cookie-ledger/docgen. */
export default async function docs(args: readonly string[], context: CliContext): Promise<number> {
  const { values } = withUsageErrors('docs', () => parseArgs({ args: [...args], options: OPTIONS, allowNegative: true, strict: true }));
  const loaded = await loadProjectPolicy(context, values.policy);
  const { policy } = loaded;
  if (isConsentTarget(values.format)) {
    writeOutput(context, writeBannerConfig(loaded, values.format, values.module, context), values.output);
    return 0;
  }
  const text = render(() =>
    renderPolicy(policy, {
      format: values.format as Format,
      locale: values.locale,
      columns: values.columns === undefined ? undefined : parseColumns(values.columns),
      groupBy: values['group-by'] as GroupBy | undefined,
      introduction: values.introduction,
      standalone: !values.fragment,
      headingLevel: values['heading-level'] === undefined ? undefined : (Number(values['heading-level']) as HeadingLevel),
      styles: values.styles,
    }),
  );
  writeOutput(context, text, values.output);
  return 0;
}

/** `provider=Supplier name,names` → `[{ id: 'provider', label: 'Supplier name' }, 'names']`; ids are checked by docgen. */
function parseColumns(list: string): ColumnOption[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const equals = item.indexOf('=');
      const id = (equals < 0 ? item : item.slice(0, equals).trim()) as ColumnId;
      return equals < 0 ? id : { id, label: item.slice(equals + 1).trim() };
    });
}

function render(renderDocument: () => string): string {
  try {
    return renderDocument();
  } catch (error) {
    if (error instanceof InvalidRenderOptionError) throw new UsageError(`${error.message}\nRun \`cookie-ledger docs --help\` for its options.`, { cause: error });
    if (error instanceof IncompleteLocaleError || error instanceof TcfExportError) throw new ConfigError(error.message, { cause: error });
    throw error;
  }
}
