import { existsSync, readdirSync } from 'node:fs';
import { dirname, basename, isAbsolute, join, relative, resolve } from 'node:path';
import { DEFAULT_POLICY_PATHS } from '../load/resolvePolicyPath.js';
import { findClosest } from './findClosest.js';

const MODULE_FILE = /\.[cm]?[jt]sx?$/;

/**
 * The existing file a policy path that does not exist most likely meant, written as the setting
 * would be (relative to `base`, `./` kept, or absolute). For a configured path: a file beside
 * where it points with a near name (`src/cookie.ts` for `src/cookies.ts`, `cookies.js` for
 * `cookies.ts`), else the first default place that exists. With none configured: a file with a
 * near name beside a default place (`src/cookie.ts`).
 */
export function suggestPolicyPath(base: string, configured: string | undefined): string | undefined {
  if (configured === undefined) {
    const near = DEFAULT_POLICY_PATHS.map((path) => findNearSibling(resolve(base, path))).find((path) => path !== undefined);
    return near === undefined ? undefined : relative(base, near);
  }
  const found = findNearSibling(resolve(base, configured)) ?? DEFAULT_POLICY_PATHS.map((path) => resolve(base, path)).find((path) => existsSync(path));
  if (found === undefined || isAbsolute(configured)) return found;
  const path = relative(base, found);
  return configured.startsWith('./') ? `./${path}` : path;
}

/** The did-you-mean sentence for a policy that does not exist, or '' when no file is close. */
export function describePolicyPathSuggestion(base: string, configured: string | undefined): string {
  const suggestion = suggestPolicyPath(base, configured);
  return suggestion === undefined ? '' : ` Did you mean \`${suggestion}\`?`;
}

function findNearSibling(missing: string): string | undefined {
  const folder = dirname(missing);
  if (!existsSync(folder)) return undefined;
  const siblings = readdirSync(folder).filter((name) => MODULE_FILE.test(name) && join(folder, name) !== missing);
  const near = findClosest(basename(missing), siblings);
  return near === undefined ? undefined : join(folder, near);
}
