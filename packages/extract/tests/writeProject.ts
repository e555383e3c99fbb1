import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/** Writes a throw-away project (path → contents) to a temporary directory and returns the directory. */
export function writeProject(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'cookie-ledger-extract-'));
  created.push(root);
  for (const [path, text] of Object.entries(files)) writeFile(root, path, text);
  return root;
}

/** Writes (or rewrites) one file of a project. */
export function writeFile(root: string, path: string, text: string): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A declaration's source for fixtures: `defineCookie({...})` with the fields a valid necessary cookie needs. */
export function necessary(name: string, extra = ''): string {
  return `defineCookie({ name: ${JSON.stringify(name)}, category: 'necessary', purpose: 'To keep the site working'${extra} })`;
}
