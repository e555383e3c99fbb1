// `import x from 'm'`, `import 'm'`, `export * from 'm'`, `import('m')`, `require('m')`: enough
// to follow a module's dependencies without parsing it (a string that merely looks like one costs
// a look at a file, never a wrong answer).
const IMPORT = /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*(?:\(\s*)?['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a source text imports or re-exports, each once, without parsing it. */
export function scanImportSpecifiers(text: string): string[] {
  const specifiers = new Set<string>();
  for (const match of text.matchAll(IMPORT)) specifiers.add((match[1] ?? match[2] ?? match[3])!);
  return [...specifiers];
}
