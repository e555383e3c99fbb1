import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_POLICY_PATHS } from '@cookie-ledger/extract/resolve';

/**
 * A policy in one of the default places of `directory` or of any folder above it: in a monorepo
 * whose packages have no ESLint config of their own, the one the root holds. Undefined when none.
 */
export function findPolicyAbove(directory: string): string | undefined {
  for (let dir = directory; ; dir = dirname(dir)) {
    const file = DEFAULT_POLICY_PATHS.map((candidate) => join(dir, candidate)).find((path) => existsSync(path));
    if (file !== undefined) return file;
    if (dirname(dir) === dir) return undefined;
  }
}
