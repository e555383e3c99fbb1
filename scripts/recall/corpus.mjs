// The catalogue: one JSON file per application in scripts/recall/corpus/, checked on reading,
// and the files of an application's checkout that its include/exclude globs select.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { createPathFilter } from './glob.mjs';

export const STORAGES = ['cookie', 'localStorage', 'sessionStorage', 'indexedDB'];
export const SHAPES = ['direct', 'wrapper', 'library', 'sfc', 'receiver', 'name'];
export const SPLITS = ['dev', 'holdout'];

/** Every application of the catalogue folder, sorted by name; throws with every problem found. */
export function readCatalogue(folder) {
  const apps = readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: basename(file, '.json'), ...JSON.parse(readFileSync(join(folder, file), 'utf8')) }));
  const problems = apps.flatMap(findEntryProblems);
  if (problems.length > 0) throw new Error(`The catalogue in ${folder} has problems:\n${problems.join('\n')}`);
  return apps;
}

function findEntryProblems(app) {
  const problems = [];
  const where = `${app.name}.json`;
  if (!/^[\w.-]+\/[\w.-]+$/.test(app.repo ?? '')) problems.push(`${where}: repo must be "owner/name".`);
  if (!/^[0-9a-f]{40}$/.test(app.commit ?? '')) problems.push(`${where}: commit must be the 40-hex commit the lines were read at.`);
  if (!SPLITS.includes(app.split)) problems.push(`${where}: split must be one of ${SPLITS.join(', ')}.`);
  if (!Array.isArray(app.include) || app.include.length === 0) problems.push(`${where}: include must list globs such as "src/**/*.{ts,tsx}".`);
  if (!Array.isArray(app.sites)) problems.push(`${where}: sites must be an array.`);
  for (const [index, site] of (app.sites ?? []).entries()) {
    const at = `${where}: sites[${index}] (${site.file}:${site.line})`;
    if (typeof site.file !== 'string' || !Number.isInteger(site.line)) problems.push(`${at}: needs a file and an integer line.`);
    if (!STORAGES.includes(site.storage)) problems.push(`${at}: storage must be one of ${STORAGES.join(', ')}.`);
    if (typeof site.name !== 'string') problems.push(`${at}: name must be the exact name, "prefix*" or "?".`);
    const unknown = String(site.shape).split('+').filter((tag) => !SHAPES.includes(tag));
    if (unknown.length > 0) problems.push(`${at}: shape tags ${unknown.join(', ')} are not among ${SHAPES.join(', ')}.`);
  }
  for (const field of ['helpers', 'notSites']) {
    for (const [index, entry] of (app[field] ?? []).entries()) {
      if (typeof entry.file !== 'string' || !Number.isInteger(entry.line) || typeof entry.note !== 'string') {
        problems.push(`${where}: ${field}[${index}] needs a file, an integer line and a note saying why it is not a site.`);
      }
    }
  }
  return problems;
}

/** The checked-out files of an application that its globs select, relative to its root with `/`. */
export function listAppFiles(root, app) {
  // An application whose own packages live under node_modules (node-red's packages/node_modules/@node-red/*) says so in `include`.
  const ownModules = app.include.some((glob) => glob.includes('node_modules'));
  const selected = createPathFilter(app.include, [...(app.exclude ?? []), ...(ownModules ? [] : ['**/node_modules/**'])]);
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git' || (entry.name === 'node_modules' && !ownModules)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const rel = relative(root, path).split(sep).join('/');
        if (selected(rel)) files.push(rel);
      }
    }
  };
  walk(root);
  return files.sort();
}

/** Why a checkout may not match the catalogue: sites outside the selected files, another commit. */
export function findCheckoutProblems(root, app, files) {
  const selected = new Set(files);
  const problems = app.sites
    .filter((site) => !selected.has(site.file))
    .map((site) => `site ${site.file}:${site.line} is ${existsSync(join(root, site.file)) ? 'not selected by include/exclude' : 'missing from the checkout'}`);
  const head = readGitHead(root);
  if (head !== undefined && head !== app.commit) problems.push(`the checkout is at ${head}, the catalogue was read at ${app.commit}: lines may have moved`);
  return problems;
}

function readGitHead(root) {
  if (!existsSync(join(root, '.git'))) return undefined;
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}
