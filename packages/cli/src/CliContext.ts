/** What a command may touch: its working directory and its two output streams. */
export interface CliContext {
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /** Writes the command's result. */
  readonly stdout: (text: string) => void;
  /** Writes messages for people. */
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal, where a long command may show its progress. */
  readonly interactive?: boolean;
}

/** A command: parses its own arguments, does its work, returns the exit code. */
export type Command = (args: readonly string[], context: CliContext) => Promise<number>;

/** What a command module exports: the command, and the text `--help` prints. */
export interface CommandModule {
  readonly default: Command;
  readonly help: string;
}
