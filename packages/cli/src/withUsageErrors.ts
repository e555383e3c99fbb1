import { UsageError } from './errors.js';

/**
 * Runs a command's `node:util` parseArgs call and turns its errors (unknown option, missing
 * value, stray argument) into a {@link UsageError} that points at the command's help.
 *
 * @example
 * const { values } = withUsageErrors('docs', () => parseArgs({ args: [...args], options, strict: true }));
 */
export function withUsageErrors<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      throw new UsageError(`${error.message}\nRun \`cookie-ledger ${command} --help\` for its options.`);
    }
    throw error;
  }
}
