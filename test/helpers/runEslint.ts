// Runs the real `eslint` CLI (the workspace's copy) in a project folder, with JSON output.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { root } from './cookieLedger.js';

const eslintBin = join(createRequire(join(root, 'package.json')).resolve('eslint/package.json'), '../bin/eslint.js');

/** One message of one file, as ESLint's JSON formatter gives it, with the file relative to the project. */
export interface EslintMessage {
  readonly file: string;
  readonly ruleId: string | null;
  readonly severity: number;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** Runs `eslint . --format json` (plus `args`) in `cwd`: the exit status, every message, and stderr. */
export function runEslint(cwd: string, args: readonly string[] = []): { status: number | null; messages: EslintMessage[]; stderr: string } {
  const result = spawnSync(process.execPath, [eslintBin, '.', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  if (!result.stdout) return { status: result.status, messages: [], stderr: result.stderr };
  const results = JSON.parse(result.stdout) as { filePath: string; messages: Omit<EslintMessage, 'file'>[] }[];
  const messages = results.flatMap(({ filePath, messages: found }) =>
    found.map(({ ruleId, severity, message, line, column }) => ({ file: filePath.slice(cwd.length + 1), ruleId, severity, message, line, column })),
  );
  return { status: result.status, messages, stderr: result.stderr };
}
