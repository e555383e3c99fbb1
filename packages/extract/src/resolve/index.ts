// The `@cookie-ledger/extract/resolve` subpath: module resolution without ts-morph, shared by
// extract and the ESLint plugin so both follow the same imports.
export { ModuleResolver, DSL_MODULE, type ModuleResolution } from './ModuleResolver.js';
export type { FileLook } from './FileLook.js';
export { ReadLog, getFileSignature, type FileSignature } from '../project/ReadLog.js';
export { resolvePolicyPath, DEFAULT_POLICY_PATHS } from '../load/resolvePolicyPath.js';
export { findClosest, findProjectDirectory, ESLINT_CONFIG_FILES, locatePolicy, type PolicyLocation, type PolicyLookup, type PolicySource } from '../locate/index.js';
export { scanImportSpecifiers } from './scanImportSpecifiers.js';
export { findWorkspaceRoot } from './findWorkspacePackages.js';
