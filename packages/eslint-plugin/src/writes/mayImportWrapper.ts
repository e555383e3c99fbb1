import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { getNuxtAutoImports } from '../names/nuxtProject.js';
import { getViteOwnAutoImports } from '../names/viteProject.js';
import { getVueGlobalComponents } from '../names/vueGlobalComponents.js';
import { toKebabCase } from '../names/vueNameCase.js';
import { getScriptGlobals, isClassicScript } from '../names/scriptGlobals.js';
import { getAngularServices } from '../names/angularServices.js';
import { getModuleSignature, getResolutionScope, resolveModuleFile } from '../names/resolveModuleFile.js';
import { scanImportSpecifiers } from '../names/scanImportSpecifiers.js';

type Verdict = { readonly signature: string; readonly mayHold: boolean };
// Verdicts are checked against the file's signature from module resolution's look-up, which is
// kept a few seconds: a lint run asks about the same modules from many files without a stat each,
// while an editor still sees an edited module soon after.
const verdicts = new WeakMap<RegExp, Map<string, Verdict>>();

/**
 * Whether a file without a trigger word can still write, by calling a wrapper imported from a
 * project module. Decided from text alone: a module may hold a wrapper when its text has a
 * trigger word, or when a project module it imports (or re-exports) may. Each module's verdict is
 * kept until the file changes (stat), and each import's verdict for the files of a folder as long
 * as resolutions are, so a file costs a scan of its import lines and a look-up per import.
 */
export function mayImportWrapper(text: string, file: string, trigger: RegExp): boolean {
  const folder = getFolderFacts(file, trigger).verdicts;
  for (const source of scanImportSpecifiers(text)) {
    let mayHold = folder.get(source);
    if (mayHold === undefined) {
      const imported = resolveModuleFile(file, source);
      folder.set(source, (mayHold = imported !== undefined && mayHoldWrapper(imported, trigger)));
    }
    if (mayHold) return true;
  }
  return false;
}

/**
 * What the pre-test knows about a folder, kept as long as resolutions are: each import's verdict
 * for the folder's files (every file of a folder that imports `./labels.js` gets the same answer:
 * one Map look-up per import, instead of a resolution and a verdict check keyed by long paths),
 * and the Nuxt auto-imports its files see.
 */
interface FolderFacts {
  readonly folder: string;
  readonly scope: object;
  readonly trigger: RegExp;
  readonly verdicts: Map<string, boolean>;
  autoImports?: ReadonlyMap<string, string>;
}

const folderFacts = new WeakMap<object, WeakMap<RegExp, Map<string, FolderFacts>>>();
// ESLint lints a folder's files one after another: the last folder's facts answer most files
// without computing the folder's path or looking it up.
let lastFolder: FolderFacts | undefined;

function getFolderFacts(file: string, trigger: RegExp): FolderFacts {
  const scope = getResolutionScope();
  const last = lastFolder;
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  if (last?.scope === scope && last.trigger === trigger && cut === last.folder.length && cut > 0 && file.startsWith(last.folder)) return last;
  const folder = dirname(file);
  let byTrigger = folderFacts.get(scope);
  if (!byTrigger) folderFacts.set(scope, (byTrigger = new WeakMap()));
  let byFolder = byTrigger.get(trigger);
  if (!byFolder) byTrigger.set(trigger, (byFolder = new Map()));
  let facts = byFolder.get(folder);
  if (!facts) byFolder.set(folder, (facts = { folder, scope, trigger, verdicts: new Map() }));
  lastFolder = facts;
  return facts;
}

/** Whether a file names one of its app's auto-imported exports (Nuxt's, unplugin-auto-import's `dirs`, a Vue app's global components) whose module may hold a wrapper. */
export function mayAutoImportWrapper(text: string, file: string, trigger: RegExp): boolean {
  const facts = getFolderFacts(file, trigger);
  facts.autoImports ??= getProjectAutoImports(file);
  for (const [name, module] of facts.autoImports) {
    if (module !== file && containsWord(text, name) && mayHoldWrapper(module, trigger)) return true;
  }
  return false;
}

/** Whether a file names an AngularJS service of its project (injected by name) whose file may hold a wrapper. */
export function mayInjectWrapper(text: string, file: string, trigger: RegExp): boolean {
  for (const [name, service] of getAngularServices(file)) {
    if (service !== file && containsWord(text, name) && mayHoldWrapper(service, trigger)) return true;
  }
  return false;
}

/** Whether a classic script names a global of another script of its folder whose file may hold a wrapper (`utils.stateSaveCallback(...)`). */
export function mayUseScriptGlobalWrapper(text: string, file: string, trigger: RegExp): boolean {
  if (!isClassicScript(file, text)) return false;
  for (const [name, script] of getScriptGlobals(file)) {
    if (script !== file && containsWord(text, name) && mayHoldWrapper(script, trigger)) return true;
  }
  return false;
}

function getProjectAutoImports(file: string): ReadonlyMap<string, string> {
  const nuxt = getNuxtAutoImports(file);
  const own = nuxt.size > 0 ? nuxt : getViteOwnAutoImports(file);
  // A Vue component's template names the app's global components as tags (`<ComplexTable>`, `<complex-table>`).
  const components = file.endsWith('.vue') ? getVueGlobalComponents(file) : undefined;
  if (!components || components.size === 0) return own;
  const tags = [...components].flatMap(([name, component]) => [[name, component], [toKebabCase(name), component]] as const);
  return new Map([...own, ...tags]);
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!/[\w$]/.test(text[at - 1] ?? '') && !/[\w$]/.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}

/** Whether the project module at `file` may hold (or re-export) a wrapper, by the same text test: only such modules are parsed for wrappers. */
export function mayHoldWrapper(file: string, trigger: RegExp): boolean {
  let known = verdicts.get(trigger);
  if (!known) verdicts.set(trigger, (known = new Map()));
  return decide(file, trigger, known);
}

// When a module's answer is no, no module it reaches has a trigger word: every module the walk
// visited is a no too, cycles included, and is kept as one (else each importer walks the cycle again).
function decide(file: string, trigger: RegExp, known: Map<string, Verdict>): boolean {
  const visiting = new Map<string, string>();
  const { mayHold } = moduleMayHoldWrapper(file, trigger, known, visiting);
  if (!mayHold) for (const [visited, signature] of visiting) known.set(visited, { signature, mayHold: false });
  return mayHold;
}

/** `complete` is false when the answer leaned on a module still being decided (an import cycle): such a "no" is not kept. */
function moduleMayHoldWrapper(file: string, trigger: RegExp, known: Map<string, Verdict>, visiting: Map<string, string>): { mayHold: boolean; complete: boolean } {
  const signature = getModuleSignature(file);
  if (signature === null) return { mayHold: false, complete: true };
  const cached = known.get(file);
  if (cached?.signature === signature) return { mayHold: cached.mayHold, complete: true };
  if (visiting.has(file)) return { mayHold: false, complete: false };
  visiting.set(file, signature);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { mayHold: false, complete: true };
  }
  let mayHold = trigger.test(text);
  let complete = true;
  for (const source of mayHold ? [] : scanImportSpecifiers(text)) {
    const imported = resolveModuleFile(file, source);
    if (imported === undefined) continue;
    const verdict = moduleMayHoldWrapper(imported, trigger, known, visiting);
    complete &&= verdict.complete;
    if (verdict.mayHold) {
      mayHold = true;
      complete = true;
      break;
    }
  }
  if (mayHold || complete) known.set(file, { signature, mayHold });
  return { mayHold, complete };
}
