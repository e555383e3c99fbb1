import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where the extracted policy at `policyFile` is kept between processes: a file under the nearest
 * `node_modules/.cache/cookie-ledger/` above it (where build tools keep their caches), named by a
 * hash of the policy's path. A Yarn Plug'n'Play project (its `.pnp.cjs`) has no `node_modules`:
 * the folder is made there, as find-cache-dir does for bundlers. Undefined when neither is above
 * the policy: then nothing is written.
 */
export function getPolicyCacheFile(policyFile: string): string | undefined {
  for (let dir = dirname(policyFile); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules')) || existsSync(join(dir, '.pnp.cjs'))) {
      return join(dir, 'node_modules', '.cache', 'cookie-ledger', `policy-${hashText(policyFile).slice(0, 16)}.json`);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** A content hash, for file contents and paths. */
export function hashText(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
