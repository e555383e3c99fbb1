import { dirname, join } from 'node:path';
import { FrameworkConfig } from './frameworkConfig.js';
import { findProjectTexts } from './projectReferences.js';
import { resolveModuleFile } from './resolveModuleFile.js';
import { toPascalCase } from './vueNameCase.js';

// `app.component('ComplexTable', ComplexTable)`, `app.component(ComplexTable.name, ComplexTable)`.
const REGISTRATION = /\.component\(\s*(?:(['"`])([\w-]+)\1|([\w$]+)\.name)\s*,\s*([\w$]+)\s*[,)]/g;

// A package of a Vue app (its package.json names `vue`): its global components, read again after a few seconds.
const vuePackage = new FrameworkConfig(['package.json'], (root, text) => (/"vue"\s*:/.test(text) ? readRegistrations(root) : NONE));
const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The components a Vue app registers globally with `app.component(name, Component)` in the
 * project's sources (the workspace, else the package), by PascalCase name, with the component's
 * file (resolved from the registering module's import). A name given as `Component.name` is taken
 * to be the import's own name, as the component's `defineOptions({ name })` usually says. Empty
 * outside a Vue app.
 */
export function getVueGlobalComponents(file: string): ReadonlyMap<string, string> {
  const root = vuePackage.findRoot(dirname(file));
  return root === undefined ? NONE : vuePackage.get(root);
}

function readRegistrations(root: string): ReadonlyMap<string, string> {
  const components = new Map<string, string>();
  for (const { path, text } of findProjectTexts(join(root, 'package.json'), '.component(') ?? []) {
    for (const match of text.matchAll(REGISTRATION)) {
      const name = toPascalCase(match[2] ?? match[3]!);
      const source = new RegExp(String.raw`\bimport\s+${match[4]!.replace(/\$/g, '\\$')}\s+from\s+(['"])([^'"]+)\1`).exec(text)?.[2];
      const component = source === undefined ? undefined : resolveModuleFile(path, source);
      if (component !== undefined && !components.has(name)) components.set(name, component);
    }
  }
  return components;
}
