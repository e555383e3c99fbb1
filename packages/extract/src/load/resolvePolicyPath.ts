import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where a policy module is looked for when none is configured, in order. */
export const DEFAULT_POLICY_PATHS = ['cookies.ts', 'src/cookies.ts'] as const;

/**
 * The policy module's absolute path: `configured` resolved against `cwd` (whether or not it
 * exists, so that loading it reports a missing file), else the first of
 * {@link DEFAULT_POLICY_PATHS} that exists under `cwd`; undefined when none does.
 */
export function resolvePolicyPath(cwd: string, configured?: string): string | undefined {
  if (configured !== undefined) return resolve(cwd, configured);
  return DEFAULT_POLICY_PATHS.map((candidate) => resolve(cwd, candidate)).find((path) => existsSync(path));
}
