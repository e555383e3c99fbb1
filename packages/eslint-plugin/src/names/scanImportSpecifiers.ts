// Shared with the CLI, which follows an ESLint config's imports the same way.
export { scanImportSpecifiers } from '@cookie-ledger/extract/resolve';
