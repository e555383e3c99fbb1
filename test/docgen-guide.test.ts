// docs/generating-the-policy.md shows commands and their output on the example app: each
// `cookie-ledger docs …` block followed by an output block must be what the real binary prints.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const guide = readFileSync(join(root, 'docs/generating-the-policy.md'), 'utf8');
const examples = [...guide.matchAll(/```sh\n(cookie-ledger docs[^\n]*)\n```\n\n```(?:markdown|csv|json)\n([\s\S]*?)```/g)].map((match) => ({
  command: match[1]!,
  output: match[2]!,
}));

/** Splits a command line as a shell would, for the quoting the guide uses (double quotes). */
function splitCommand(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

describe('docs/generating-the-policy.md', () => {
  it('shows output for several commands', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples)('$command', ({ command, output }) => {
    const [, ...args] = splitCommand(command);
    const result = spawnSync(join(root, 'node_modules/.bin/cookie-ledger'), args, { cwd: join(root, 'docs/examples/opendatasoft-portal'), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.replaceAll('\r\n', '\n')).toBe(output);
  });
});
