/** An error the CLI reports as one message, without a stack, and answers with an exit code. */
export abstract class CliError extends Error {
  abstract readonly exitCode: number;
}

/** The command line is wrong: an unknown command, option or value. Exit code 2. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

/** The project cannot be worked on: no policy file, a policy that cannot be read, an export it cannot express. Exit code 2. */
export class ConfigError extends CliError {
  override readonly name = 'ConfigError';
  readonly exitCode = 2;
}
