// The `@cookie-ledger/extract/cached` subpath: the policy as `loadPolicy` reads it, kept on disk
// between processes, without loading ts-morph while the copy holds. For the ESLint plugin and the CLI.
export { loadCachedPolicy } from './loadCachedPolicy.js';
export { PolicyLoadError, formatProblems } from '../PolicyLoadError.js';
export { resolvePolicyPath, DEFAULT_POLICY_PATHS } from '../load/resolvePolicyPath.js';
