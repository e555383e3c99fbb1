// `import x from 'm'`, `import 'm'`, `export * from 'm'`, `import('m')`, `require('m')`: enough
// to follow a module's dependencies without parsing it (a string that merely looks like one costs
// a look at a file, never a wrong answer).
const IMPORT_SOURCE = /(?:\bfrom|\bimport|\brequire)\s*\(?\s*(['"])([^'"\r\n]+)\1/g;

/** The module specifiers a source text imports or re-exports, each once, without parsing it. */
export function scanImportSpecifiers(text: string): string[] {
  const specifiers = new Set<string>();
  for (const match of text.matchAll(IMPORT_SOURCE)) specifiers.add(match[2]!);
  return [...specifiers];
}
