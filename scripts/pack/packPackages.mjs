// Packs every published package with `pnpm pack` (workspace: and catalog: versions replaced, as
// they would be published) into one folder per build, shared by the end-to-end tests and by the
// publint/attw check: a folder named by a hash of what goes into the tarballs is packed once and
// reused until a package changes. Needs the packages built (`pnpm build`).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The published packages, by folder under packages/. */
export const PUBLISHED = ['core', 'extract', 'eslint-plugin', 'docgen', 'runtime', 'audit', 'cli'];

/** Where packed tarballs and the end-to-end tests' package-manager caches are kept. */
export const cacheRoot = join(root, 'node_modules/.cache/cookie-ledger-packed');

/**
 * The packed tarball of each published package, by package name (`@cookie-ledger/core` to an
 * absolute `.tgz` path), packing them when this build has not been packed yet.
 */
export function packPackages() {
  const folder = join(cacheRoot, 'tarballs', hashSources());
  if (!existsSync(folder)) {
    mkdirSync(dirname(folder), { recursive: true });
    const staging = mkdtempSync(`${folder}.tmp-`);
    for (const name of PUBLISHED) {
      execFileSync('pnpm', ['pack', '--pack-destination', staging], { cwd: join(root, 'packages', name), stdio: 'pipe' });
    }
    try {
      renameSync(staging, folder);
    } catch (error) {
      // Another test worker packed the same build first: use its folder.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(folder)) throw error;
    }
    // Earlier builds' tarballs (not a worker's folder still being packed).
    for (const entry of readdirSync(dirname(folder))) {
      if (!entry.includes('.tmp-') && entry !== basename(folder)) rmSync(join(dirname(folder), entry), { recursive: true, force: true });
    }
  }
  const tarballs = {};
  for (const name of PUBLISHED) {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
    const file = `${manifest.name.replace('@', '').replace('/', '-')}-${manifest.version}.tgz`;
    tarballs[manifest.name] = join(folder, file);
  }
  return tarballs;
}

// What the tarballs are made of: the manifests, READMEs, licences, built and source files.
function hashSources() {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(root, 'pnpm-workspace.yaml')));
  for (const name of PUBLISHED) {
    for (const file of listFiles(join(root, 'packages', name))) {
      hash.update(relative(root, file));
      hash.update(String(statSync(file).size));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(folder) {
  const files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'tests' || entry.name.endsWith('.tsbuildinfo')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files.sort();
}
