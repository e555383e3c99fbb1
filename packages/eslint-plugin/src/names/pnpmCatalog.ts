import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Each workspace file is read once per process: catalogs change with installs, not while editing code.
const catalogsByFile = new Map<string, ReadonlyMap<string, ReadonlyMap<string, string>>>();

/**
 * The range a pnpm catalog gives a package (`"next-auth": "catalog:"` in a package.json, its
 * version in the nearest pnpm-workspace.yaml's `catalog:`, or `catalogs.<name>` for
 * `catalog:<name>`). Undefined when no workspace file above `directory` lists it.
 */
export function findCatalogRange(directory: string, reference: string, packageName: string): string | undefined {
  const name = reference.slice('catalog:'.length).trim() || 'default';
  for (let current = directory; ; current = dirname(current)) {
    const file = join(current, 'pnpm-workspace.yaml');
    if (existsSync(file)) return readCatalogs(file).get(name)?.get(packageName);
    if (dirname(current) === current) return undefined;
  }
}

function readCatalogs(file: string): ReadonlyMap<string, ReadonlyMap<string, string>> {
  let catalogs = catalogsByFile.get(file);
  if (!catalogs) catalogsByFile.set(file, (catalogs = parseCatalogs(readFileSync(file, 'utf8'))));
  return catalogs;
}

/**
 * Reads the two catalog sections of a pnpm-workspace.yaml, written as pnpm writes them (block
 * mappings of `package: range`, keys and values plain or quoted), without a YAML parser.
 */
function parseCatalogs(text: string): Map<string, Map<string, string>> {
  const catalogs = new Map<string, Map<string, string>>();
  let section: 'catalog' | 'catalogs' | undefined;
  let current: Map<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (indent === 0) {
      section = line.startsWith('catalog:') ? 'catalog' : line.startsWith('catalogs:') ? 'catalogs' : undefined;
      current = section === 'catalog' ? getOrAdd(catalogs, 'default') : undefined;
      continue;
    }
    const entry = readEntry(line.trim());
    if (!entry || !section) continue;
    if (section === 'catalogs' && entry.value === '') current = getOrAdd(catalogs, entry.key);
    else if (current && entry.value !== '') current.set(entry.key, entry.value);
  }
  return catalogs;
}

function readEntry(text: string): { key: string; value: string } | undefined {
  const match = /^("[^"]*"|'[^']*'|[^:]+):\s*(.*)$/.exec(text);
  return match ? { key: unquote(match[1]!.trim()), value: unquote(match[2]!.trim()) } : undefined;
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

function getOrAdd(catalogs: Map<string, Map<string, string>>, name: string): Map<string, string> {
  let catalog = catalogs.get(name);
  if (!catalog) catalogs.set(name, (catalog = new Map()));
  return catalog;
}
