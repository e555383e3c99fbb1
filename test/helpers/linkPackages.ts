// Gives a scratch project a node_modules folder whose packages are the workspace's own copies,
// so the project resolves them from its own directory as an installed project would.
import { mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { root } from './cookieLedger.js';

/** Where each workspace package lives; any other name is taken from the repository's node_modules. */
const WORKSPACE_PACKAGES: Readonly<Record<string, string>> = {
  '@cookie-ledger/core': 'packages/core',
  '@cookie-ledger/eslint-plugin': 'packages/eslint-plugin',
};

/** Links `names` into `project`/node_modules. */
export function linkPackages(project: string, names: readonly string[]): void {
  for (const name of names) {
    const link = join(project, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, WORKSPACE_PACKAGES[name] ?? join('node_modules', name)), link, 'dir');
  }
}
