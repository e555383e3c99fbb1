// `import x from 'm'`, `import 'm'`, `export * from 'm'`, `import('m')`, `require('m')`: enough
// to follow a module's dependencies without parsing it (a string that merely looks like one costs
// a look at a file, never a wrong answer).
const IMPORT_SOURCE = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*(['"])([^'"\r\n]+)\1/g;

/** The module specifiers a source text imports or re-exports, each once, without parsing it. */
export function scanImportSpecifiers(text: string): string[] {
  // The ESLint plugin scans every linted file: one shared RegExp (`matchAll` copies it on each
  // call) and an array (a file imports a few dozen modules at most).
  const specifiers: string[] = [];
  IMPORT_SOURCE.lastIndex = 0;
  for (let match = IMPORT_SOURCE.exec(text); match !== null; match = IMPORT_SOURCE.exec(text)) {
    if (!specifiers.includes(match[2]!)) specifiers.push(match[2]!);
  }
  return specifiers;
}
