/** The option of {@link renderPolicy} an {@link InvalidRenderOptionError} is about. */
export type RenderOptionName = 'format' | 'locale' | 'columns' | 'groupBy' | 'headingLevel';

/** An option of `renderPolicy` has a value it does not know; the message lists the valid ones. */
export class InvalidRenderOptionError extends Error {
  override readonly name = 'InvalidRenderOptionError';

  constructor(
    readonly option: RenderOptionName,
    readonly received: string,
    readonly expected: readonly string[],
  ) {
    super(`Unknown ${describeOption(option)} "${received}". Expected one of: ${expected.join(', ')}.`);
  }
}

function describeOption(option: RenderOptionName): string {
  return option === 'groupBy' ? 'grouping' : option === 'columns' ? 'column' : option === 'headingLevel' ? 'heading level' : option;
}

/** A declaration that the IAB TCF device-storage disclosure cannot express, and why. */
export interface TcfProblem {
  /** The declaration's position in `policy.cookies`. */
  readonly index: number;
  /** The declared name, as written (`'_ga_*'`, `/^_pk_id\./`). */
  readonly name: string;
  readonly reason: string;
}

/** Some declarations cannot be written as TCF disclosures; `problems` lists every one. */
export class TcfExportError extends Error {
  override readonly name = 'TcfExportError';

  constructor(readonly problems: readonly TcfProblem[]) {
    super(
      [
        `The IAB TCF device-storage disclosure cannot express ${problems.length === 1 ? 'this declaration' : `these ${problems.length} declarations`}:`,
        ...problems.map((problem) => `  cookies[${problem.index}] ${problem.name}: ${problem.reason}`),
      ].join('\n'),
    );
  }
}

/** A locale supplied in `localeData` lacks some words; `missing` lists their paths. */
export class IncompleteLocaleError extends Error {
  override readonly name = 'IncompleteLocaleError';

  constructor(
    readonly code: string,
    readonly missing: readonly string[],
  ) {
    super(`The locale "${code}" given in localeData lacks ${missing.map((path) => `\`${path}\``).join(', ')}. Give every field the built-in English locale (\`en\` from @cookie-ledger/docgen) has.`);
  }
}
