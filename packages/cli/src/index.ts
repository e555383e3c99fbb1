import type { CliContext } from './CliContext.js';
import { runCli } from './cli.js';
import { CliError } from './errors.js';

/** The exit code of an error nobody expected (a bug): the same as a configuration error, so CI stops. */
const INTERNAL_ERROR_EXIT_CODE = 2;

/**
 * The `cookie-ledger` command: runs `args` and sets the process's exit code. The only place
 * that ends the process: a {@link UsageError} or {@link ConfigError} prints its message, any
 * other error is reported as an internal error with its stack; both exit with 2.
 */
export async function main(args: readonly string[] = process.argv.slice(2)): Promise<void> {
  const context: CliContext = {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
  };
  try {
    process.exitCode = await runCli(args, context);
  } catch (error) {
    if (error instanceof CliError) {
      context.stderr(`cookie-ledger: ${error.message}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    context.stderr(`cookie-ledger: internal error, please report it with the command you ran:\n${detail}\n`);
    process.exitCode = INTERNAL_ERROR_EXIT_CODE;
  }
}

export { runCli, COMMANDS } from './cli.js';
export { CliError, ConfigError, UsageError } from './errors.js';
export type { CliContext, Command, CommandModule } from './CliContext.js';
