import { join } from 'node:path';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const INDEX_FILES = ['index.ts', 'index.tsx', 'index.mts', 'index.js', 'index.jsx', 'index.mjs'];

/**
 * The files an import path may name, in TypeScript's order: `./a.js` written for `./a.ts`,
 * an extensionless path with each extension, a folder's index file; a path with another
 * extension (`./Button.vue`) names itself.
 */
export function getCandidates(base: string): string[] {
  const js = /\.(m|c)?jsx?$/.exec(base);
  if (js) {
    const stem = base.slice(0, -js[0].length);
    const ts = { '': ['.ts', '.tsx'], m: ['.mts'], c: ['.cts'] }[js[1] ?? ''] ?? [];
    return [...ts.map((extension) => stem + extension), base];
  }
  if (/\.(m|c)?tsx?$/.test(base)) return [base];
  return [...EXTENSIONS.map((extension) => base + extension), ...INDEX_FILES.map((index) => join(base, index)), base];
}
