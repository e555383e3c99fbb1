import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FrameworkConfig } from './frameworkConfig.js';
import { resolveModuleFile } from './resolveModuleFile.js';

// `app.component('ComplexTable', ComplexTable)`, `app.component(ComplexTable.name, ComplexTable)`.
const REGISTRATION = /\.component\(\s*(?:(['"`])([\w-]+)\1|([\w$]+)\.name)\s*,\s*([\w$]+)\s*[,)]/g;
const SOURCE = /\.(?:[cm]?[jt]s)$/;
// A registry is looked for in the project's source folder; a project larger than this is not scanned.
const MAX_FILES = 4000;

// A package of a Vue app (its package.json names `vue`): its global components, read again after a few seconds.
const vuePackage = new FrameworkConfig(['package.json'], (root, text) => (/"vue"\s*:/.test(text) ? readRegistrations(root) : NONE));
const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The components a Vue app registers globally with `app.component(name, Component)` in its
 * `src/` scripts, by PascalCase name, with the component's file (resolved from the registering
 * module's import). A name given as `Component.name` is taken to be the import's own name, as the
 * component's `defineOptions({ name })` usually says. Empty outside a Vue app.
 */
export function getVueGlobalComponents(file: string): ReadonlyMap<string, string> {
  const root = vuePackage.findRoot(dirname(file));
  return root === undefined ? NONE : vuePackage.get(root);
}

function readRegistrations(root: string): ReadonlyMap<string, string> {
  const components = new Map<string, string>();
  for (const file of listScripts(join(root, 'src'))) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    if (!text.includes('.component(')) continue;
    for (const match of text.matchAll(REGISTRATION)) {
      const name = toPascalCase(match[2] ?? match[3]!);
      const source = new RegExp(String.raw`\bimport\s+${match[4]!.replace('$', '\\$')}\s+from\s+(['"])([^'"]+)\1`).exec(text)?.[2];
      const component = source === undefined ? undefined : resolveModuleFile(file, source);
      if (component !== undefined && !components.has(name)) components.set(name, component);
    }
  }
  return components;
}

function listScripts(directory: string): string[] {
  const files: string[] = [];
  const stack = [directory];
  while (stack.length > 0 && files.length < MAX_FILES) {
    const folder = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) stack.push(path);
      else if (entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
    }
  }
  return files;
}

/** `complex-table` and `ComplexTable` as Vue matches a template tag to a registered component: `ComplexTable`. */
export function toPascalCase(name: string): string {
  return name.replace(/(?:^|-)([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}
