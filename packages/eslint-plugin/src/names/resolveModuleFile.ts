import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
// TypeScript's NodeNext style: `./constants.js` is written for `./constants.ts`.
const EMITTED_TO_SOURCE: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

/**
 * The file a relative import written in `fromFile` points at, or undefined (package imports and
 * path aliases are not followed: their constants come from the package's own code).
 */
export function resolveModuleFile(fromFile: string, source: string): string | undefined {
  if (!source.startsWith('.') && !isAbsolute(source)) return undefined;
  const base = resolve(dirname(fromFile), source);
  const extension = /\.[cm]?jsx?$/.exec(base)?.[0];
  const candidates = [
    ...(extension ? (EMITTED_TO_SOURCE[extension] ?? []).map((replacement) => base.slice(0, -extension.length) + replacement) : []),
    base,
    ...EXTENSIONS.map((candidate) => base + candidate),
    ...EXTENSIONS.map((candidate) => `${base}/index${candidate}`),
  ];
  return candidates.find(isFile);
}

function isFile(path: string): boolean {
  if (!existsSync(path)) return false;
  return statSync(path).isFile();
}
