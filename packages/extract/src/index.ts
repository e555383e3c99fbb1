export { loadPolicy, clearPolicyCache } from './load/loadPolicy.js';
export { resolvePolicyPath, DEFAULT_POLICY_PATHS } from './load/resolvePolicyPath.js';
export { findProjectDirectory, ESLINT_CONFIG_FILES, locatePolicy, type PolicyLocation, type PolicyLookup, type PolicySource } from './locate/index.js';
export { findDeclarations } from './find/findDeclarations.js';
export { PolicyLoadError, formatProblems } from './PolicyLoadError.js';
export { EXTRACT_MESSAGES, type ExtractProblemCode, type ProblemParams } from './problems/messages.js';
export type { ExtractProblem, FoundDeclaration, LoadedDeclaration, LoadedPolicy, LoadPolicyOptions, SourceLocation } from './types.js';
