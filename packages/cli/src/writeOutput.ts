import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CliContext } from './CliContext.js';
import { ConfigError } from './errors.js';

/** Writes a command's result to `file` (resolved against the working directory, folders created), or to stdout. */
export function writeOutput(context: CliContext, text: string, file: string | undefined): void {
  if (file === undefined) {
    context.stdout(text);
    return;
  }
  const path = resolve(context.cwd, file);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new ConfigError(`Cannot write ${path}: ${(error as Error).message}. Check -o.`, { cause: error });
  }
}
