import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getResolutionScope } from './resolveModuleFile.js';

// A top-level definition in a classic script, found in its text: `globalThis.utils = ...`
// (or `window.`, `self.`, and `??=`, `||=`), a namespace's member (`window.App.Prefs ??= (() => {...})()`,
// `App.Prefs = ...`, named `App.Prefs`), and unindented `function name`, `var name =`, `let`/`const name =`.
const DEFINITIONS = [
  /^(?:globalThis|window|self)\.([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*(?:\?\?|\|\|)?=(?!=)/gm,
  /^(?!(?:globalThis|window|self)\.)([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)\s*(?:\?\?|\|\|)?=(?!=)/gm,
  /^(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/gm,
  /^(?:var|let|const)\s+([A-Za-z_$][\w$]*)\s*=/gm,
];
const MODULE_SYNTAX = /^\s*(?:import\s*[\w{*'"]|export\s)/m;
// CommonJS modules (and scripts bundled for Node) keep their top-level names to themselves.
const COMMONJS = /\brequire\s*\(|\bmodule\.exports\b|\bexports\.[\w$]+\s*=/;

/**
 * Whether a file's text is a classic script: browser JavaScript loaded by a `<script>` tag, with
 * no `import` or `export` (nor CommonJS `require` or `exports`), whose top-level names are
 * globals the page's other scripts use.
 */
export function isClassicScript(file: string, text: string): boolean {
  return file.endsWith('.js') && !MODULE_SYNTAX.test(text) && !COMMONJS.test(text);
}

// Per folder, kept as long as module resolutions are (a few seconds), so that an editor sees a new global soon.
const byScope = new WeakMap<object, Map<string, ReadonlyMap<string, string>>>();

/**
 * The globals the classic scripts of a file's folder define, by name, with the script defining
 * each (the first, by file name, when several do): pi-hole's `utils.stateSaveCallback(name, data)`
 * in one script calls the function `utils.js` hands out as `globalThis.utils = { stateSaveCallback }`.
 * A namespace's member is named by its path (`App.Prefs`).
 */
export function getScriptGlobals(file: string): ReadonlyMap<string, string> {
  const scope = getResolutionScope();
  let folders = byScope.get(scope);
  if (!folders) byScope.set(scope, (folders = new Map()));
  const folder = dirname(file);
  let globals = folders.get(folder);
  if (!globals) folders.set(folder, (globals = readFolderGlobals(folder)));
  return globals;
}

function readFolderGlobals(folder: string): ReadonlyMap<string, string> {
  const globals = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.js') && !name.endsWith('.min.js')).sort();
  } catch {
    return globals;
  }
  for (const name of names) {
    const path = join(folder, name);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    if (!isClassicScript(path, text)) continue;
    for (const pattern of DEFINITIONS) {
      for (const match of text.matchAll(pattern)) if (!globals.has(match[1]!)) globals.set(match[1]!, path);
    }
  }
  return globals;
}
