import { basename, dirname, extname } from 'node:path';
import type { LoadContext } from '../evaluate/LoadContext.js';
import { DSL_MODULE } from '../resolve/ModuleResolver.js';

const IMPORT_SPECIFIER = /\bfrom\s*['"]([^'"]+)['"]/g;
const RE_EXPORTS_DSL = new RegExp(String.raw`\bexport\b[^;]*?\bfrom\s*['"]${DSL_MODULE.replace('/', '\\/')}['"]`);

/** Whether a module's text mentions the DSL at all: only such files can call `defineCookie` directly. */
export function mentionsDsl(text: string): boolean {
  return text.includes('defineCookie') || text.includes(DSL_MODULE);
}

/**
 * The modules among a project's files that re-export core (`export { defineCookie as declare }
 * from '@cookie-ledger/core'`), so that files importing the DSL from them are scanned too,
 * without resolving every import of every file.
 */
export class DslReExporters {
  private readonly paths = new Set<string>();
  /** The names an import specifier ends with when it names one of them: `dsl` for `src/dsl.ts`, `cookies` for `src/cookies/index.ts`. */
  private readonly stems = new Set<string>();

  constructor(texts: ReadonlyMap<string, string>) {
    for (const [path, text] of texts) {
      if (!RE_EXPORTS_DSL.test(text)) continue;
      this.paths.add(path);
      const stem = basename(path, extname(path));
      this.stems.add(stem === 'index' ? basename(dirname(path)) : stem);
    }
  }

  /** Whether a file imports one of the re-exporting modules. */
  isImportedBy(text: string, path: string, context: LoadContext): boolean {
    if (this.paths.size === 0) return false;
    for (const [, specifier] of text.matchAll(IMPORT_SPECIFIER)) {
      const last = basename(specifier!).replace(/\.[cm]?[jt]sx?$/, '');
      if (!this.stems.has(last)) continue;
      const resolution = context.resolver.resolve(specifier!, path);
      if (resolution.kind === 'file' && this.paths.has(resolution.path)) return true;
    }
    return false;
  }
}
