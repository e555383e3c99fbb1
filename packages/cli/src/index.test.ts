import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, UsageError } from './errors.js';

const runCli = vi.hoisted(() => vi.fn());
vi.mock('./cli.js', () => ({ runCli, COMMANDS: {} }));

const { main } = await import('./index.js');

describe('main, the only place that sets the exit code', () => {
  let stderr: string;
  beforeEach(() => {
    stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('passes on the exit code a command returns', async () => {
    runCli.mockResolvedValueOnce(1);
    await main(['check']);
    expect(process.exitCode).toBe(1);
    expect(stderr).toBe('');
  });

  it.each([new UsageError('Unknown option'), new ConfigError('No policy file found')])('prints a %s as one line and exits 2', async (error) => {
    runCli.mockRejectedValueOnce(error);
    await main(['docs']);
    expect(process.exitCode).toBe(2);
    expect(stderr).toBe(`cookie-ledger: ${error.message}\n`);
  });

  it('reports anything else as an internal error with its stack, exit 2', async () => {
    runCli.mockRejectedValueOnce(new TypeError('boom'));
    await main(['docs']);
    expect(process.exitCode).toBe(2);
    expect(stderr).toMatch(/^cookie-ledger: internal error, please report it with the command you ran:\nTypeError: boom\n\s+at /);
  });
});
