export { addDeclarationsToFile, addDeclarationsToSource } from './addDeclarations.js';
export { createFileAtomic, writeFileAtomic } from './writeFiles.js';
export { printNewPolicy } from './printNewPolicy.js';
export { PolicyEditError } from './PolicyEditError.js';
export { getLockFile, withPolicyLock } from './withPolicyLock.js';
export type { NewDeclaration } from './printDeclaration.js';
