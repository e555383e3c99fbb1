import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findWorkspaceRoot } from '@cookie-ledger/extract/resolve';
import { findPackageDirectory } from './isFrameworkProject.js';

// Folders that hold no code of the project's own (installed, built, generated, versioned).
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'build', 'out', 'coverage', '.next', '.nuxt', '.output', '.svelte-kit', '.turbo', '.cache', 'vendor']);
const SOURCE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/;
// A project of more files than this is not searched: its helpers keep being checked at their callers.
const MAX_FILES = 20000;
// Kept this long, so that a long lint run reads the project once a while and an editor sees a new caller soon.
const LIFETIME_MS = 30_000;
// `import ...`, `export ... from '...'` and `export { a, b }` lines name a function without calling it.
const MODULE_LINE = /^\s*(?:import\b|export\s*(?:\*|\{[^}]*\}\s*(?:from\b|;|$)))/;

interface ProjectText {
  readonly files: readonly string[];
  readonly texts: Map<string, string>;
  readonly answers: Map<string, boolean>;
  readonly at: number;
}

const byRoot = new Map<string, ProjectText | null>();

/**
 * Whether the project's other files mention `name` outside import and export lists: a call, a
 * reference, a JSX element, a method call (`.name(`). Re-exports under another name
 * (`export { name as alias } from`) are followed to the alias. Read from text across the whole
 * workspace (the nearest folder declaring workspaces, else the package), so a helper whose
 * every caller is out of sight (dynamic dispatch, an unused export) is known to have none.
 * Unknown (a project too large) is `true`.
 */
export function isMentionedElsewhere(name: string, file: string): boolean {
  const project = readProject(file);
  if (!project) return true;
  const key = `${file}\0${name}`;
  let answer = project.answers.get(key);
  if (answer === undefined) project.answers.set(key, (answer = searchNames(project, name, file)));
  return answer;
}

/**
 * Whether some file of the project (this one included) names one of `names` beside the module
 * specifier `module`: a component that stores only when the app calls its hook (next-themes'
 * `useTheme`) is in use. Unknown (a project too large) is `true`.
 */
export function isNamedWithModule(module: string, names: readonly string[], file: string): boolean {
  const project = readProject(file);
  if (!project) return true;
  const key = `\0${module}\0${names.join(',')}`;
  let answer = project.answers.get(key);
  if (answer === undefined) {
    const words = new RegExp(`(?<![\\w$])(?:${names.join('|')})(?![\\w$])`);
    const quoted = [`'${module}'`, `"${module}"`];
    answer = project.files.some((path) => {
      const text = readText(project, path);
      return text !== undefined && quoted.some((specifier) => text.includes(specifier)) && words.test(text);
    });
    project.answers.set(key, answer);
  }
  return answer;
}

/**
 * The project's source files (the workspace, else the package, as above) whose text contains
 * `needle`, each with its text, read once per lifetime with the searches above. Undefined for a
 * project too large.
 */
export function findProjectTexts(file: string, needle: string): { readonly path: string; readonly text: string }[] | undefined {
  const project = readProject(file);
  if (!project) return undefined;
  return project.files.flatMap((path) => {
    const text = readText(project, path);
    return text !== undefined && text.includes(needle) ? [{ path, text }] : [];
  });
}

function searchNames(project: ProjectText, name: string, file: string): boolean {
  const names = [name];
  for (let at = 0; at < names.length && at < 8; at += 1) {
    const current = names[at]!;
    for (const path of project.files) {
      if (path === file) continue;
      const text = readText(project, path);
      if (text === undefined || !text.includes(current)) continue;
      if (scanText(text, current, names)) return true;
    }
  }
  return false;
}

// Whether `text` uses `name` outside module lists; aliases it is re-exported under are added to `names`.
function scanText(text: string, name: string, names: string[]): boolean {
  const word = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`, 'g');
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    const start = text.lastIndexOf('\n', match.index) + 1;
    const end = text.indexOf('\n', match.index);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (MODULE_LINE.test(line) || isInsideExportList(text, match.index)) {
      const alias = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}\\s+as\\s+([\\w$]+)`).exec(text.slice(match.index, match.index + name.length + 80));
      if (alias && alias[1] !== 'default' && !names.includes(alias[1]!)) names.push(alias[1]!);
      continue;
    }
    if (isPropertyKey(text, match.index, name.length)) continue;
    return true;
  }
  return false;
}

// `onColumnSwitch: (field) => ...` in another object: a function of the same name defined there, not a use of this one.
function isPropertyKey(text: string, start: number, length: number): boolean {
  if (!/^\s*:(?!:)/.test(text.slice(start + length, start + length + 40))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  return /(?:^|[{,\n])\s*$/.test(before);
}

// `export {\n  a as b,\n  c\n} from './x'` spread over lines: inside braces that follow `export`.
function isInsideExportList(text: string, index: number): boolean {
  const open = text.lastIndexOf('{', index);
  const close = text.lastIndexOf('}', index);
  if (open === -1 || close > open) return false;
  return /(?:^|\n)\s*export\s*(?:type\s*)?$/.test(text.slice(Math.max(0, open - 30), open));
}

function readText(project: ProjectText, path: string): string | undefined {
  let text = project.texts.get(path);
  if (text === undefined) {
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    project.texts.set(path, text);
  }
  return text;
}

function readProject(file: string): ProjectText | null {
  const root = findSearchRoot(file);
  if (!root) return null;
  const known = byRoot.get(root);
  if (known !== undefined && (known === null || Date.now() - known.at <= LIFETIME_MS)) return known;
  const files: string[] = [];
  listSources(root, files);
  const project = files.length > MAX_FILES ? null : { files, texts: new Map<string, string>(), answers: new Map<string, boolean>(), at: Date.now() };
  byRoot.set(root, project);
  return project;
}

function listSources(folder: string, files: string[]): void {
  if (files.length > MAX_FILES) return;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) listSources(join(folder, entry.name), files);
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.includes('.min.')) {
      files.push(join(folder, entry.name));
    }
  }
}

// The nearest folder above the file's package that declares workspaces, else the package's own.
function findSearchRoot(file: string): string | undefined {
  const own = findPackageDirectory(file);
  if (own === undefined) return undefined;
  let root = rootByPackage.get(own);
  if (root === undefined) rootByPackage.set(own, (root = findWorkspaceRoot(own) ?? own));
  return root;
}

const rootByPackage = new Map<string, string>();
