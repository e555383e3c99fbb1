// Gives a scratch project a node_modules folder whose packages are the workspace's own copies,
// so the project resolves them from its own directory as an installed project would.
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { root } from './cookieLedger.js';

/** Where each workspace package lives. */
const WORKSPACE_PACKAGES: Readonly<Record<string, string>> = {
  '@cookie-ledger/core': 'packages/core',
  '@cookie-ledger/eslint-plugin': 'packages/eslint-plugin',
  '@cookie-ledger/cli': 'packages/cli',
};

// Any other package comes from the repository's node_modules, else from the node_modules of the
// package that depends on it (@typescript-eslint/parser is a dependency of the plugin and the CLI only).
const DEPENDENCY_FOLDERS = ['node_modules', 'packages/eslint-plugin/node_modules', 'packages/cli/node_modules'];

/** Links `names` into `project`/node_modules. */
export function linkPackages(project: string, names: readonly string[]): void {
  for (const name of names) {
    const link = join(project, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, locatePackage(name)), link, 'dir');
  }
}

function locatePackage(name: string): string {
  const workspace = WORKSPACE_PACKAGES[name];
  if (workspace !== undefined) return workspace;
  const folder = DEPENDENCY_FOLDERS.map((dir) => join(dir, name)).find((path) => existsSync(join(root, path)));
  if (folder === undefined) throw new Error(`linkPackages: ${name} is installed in none of ${DEPENDENCY_FOLDERS.join(', ')}; add it to the root devDependencies.`);
  return folder;
}
