// Runs the real `cookie-ledger` binary (through pnpm's bin link) and writes the small projects
// the end-to-end tests run it on.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { loadPolicy, PolicyLoadError } from '@cookie-ledger/extract';

/** The repository's root. */
export const root = resolve(import.meta.dirname, '../..');

/** The example app the demo and the tests run on. */
export const example = join(root, 'docs/examples/opendatasoft-portal');

const bin = join(root, 'node_modules/.bin/cookie-ledger');

/** Runs `cookie-ledger args` in `cwd` (with `env` added to the environment) and returns its exit status and output. */
export function cookieLedger(args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(bin, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A `cookie-ledger args` process started in `cwd`, and its outcome once it ends (also when killed). */
export function startCookieLedger(args: readonly string[], cwd: string): { child: ChildProcess; done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(bin, args, { cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

/** A temporary folder for this test file, removed after its tests. */
export function createScratch(name: string): string {
  const scratch = mkdtempSync(join(tmpdir(), `cookie-ledger-${name}-`));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  return scratch;
}

/** A new project folder in `scratch` holding these files (path to text). */
export function writeProject(scratch: string, files: Readonly<Record<string, string>>): string {
  const folder = mkdtempSync(join(scratch, 'project-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

/** The names a policy file declares, read statically even while TODOs make it invalid. */
export function declaredNames(file: string): string[] {
  try {
    return loadPolicy(file).policy.cookies.map((cookie) => String(cookie.name));
  } catch (error) {
    if (error instanceof PolicyLoadError && error.evaluated) return error.evaluated.cookies.map((cookie) => String(cookie.name));
    throw error;
  }
}

/**
 * Runs `cookie-ledger args` in `cwd` without blocking this process, for tests that serve a site
 * from the test process itself while the binary loads it.
 */
export function cookieLedgerAsync(args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
