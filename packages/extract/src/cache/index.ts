// The `@cookie-ledger/extract/cached` subpath: the policy as `loadPolicy` reads it, kept on disk
// between processes, without loading ts-morph while the copy holds. For the ESLint plugin and the
// CLI, which also keeps other answers (the ESLint config's policy setting) the same way.
export { loadCachedPolicy } from './loadCachedPolicy.js';
export { getCacheFile, readCacheFile, writeCacheFile } from './cacheFile.js';
export { checkLooks, hashLooks, type HashedLook } from './hashedLooks.js';
export { PolicyLoadError, formatProblems } from '../PolicyLoadError.js';
export { resolvePolicyPath, DEFAULT_POLICY_PATHS } from '../load/resolvePolicyPath.js';
