// Yarn 4 for the Plug'n'Play test, fetched from the npm registry (`@yarnpkg/cli-dist`) into the
// packed tests' cache on first use, like the browser test installs chromium: nothing to install by hand.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheRoot } from './packedProject.js';

/** The Yarn release the test runs (4.x: Plug'n'Play is its default linker). */
export const YARN_VERSION = '4.18.1';

/** The path of Yarn's `yarn.js`, fetching it when this machine has not yet. */
export function getYarn(): string {
  const folder = join(cacheRoot, `yarn-${YARN_VERSION}`);
  const bin = join(folder, 'package/bin/yarn.js');
  if (existsSync(bin)) return bin;
  mkdirSync(dirname(folder), { recursive: true });
  const staging = mkdtempSync(`${folder}.tmp-`);
  const tarball = execFileSync('npm', ['pack', `@yarnpkg/cli-dist@${YARN_VERSION}`, '--silent'], { cwd: staging, encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', tarball], { cwd: staging });
  try {
    renameSync(staging, folder);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(bin)) throw error;
  }
  return bin;
}

/** Yarn's settings for the test: its own cache folder, no telemetry, and a lockfile it may write under CI=true. */
export const YARN_ENV: NodeJS.ProcessEnv = {
  YARN_GLOBAL_FOLDER: join(cacheRoot, 'yarn-global'),
  YARN_ENABLE_GLOBAL_CACHE: 'true',
  YARN_ENABLE_TELEMETRY: 'false',
  YARN_ENABLE_IMMUTABLE_INSTALLS: 'false',
  YARN_ENABLE_PROGRESS_BARS: 'false',
};
