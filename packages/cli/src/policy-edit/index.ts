export { addDeclarationsToFile, addDeclarationsToSource, writeFileAtomic } from './addDeclarations.js';
export { PolicyEditError } from './PolicyEditError.js';
export type { NewDeclaration } from './printDeclaration.js';
