import { readFileSync } from 'node:fs';
import type { LoadContext } from '../evaluate/LoadContext.js';
import { DSL_MODULE } from '../resolve/ModuleResolver.js';

const IMPORT_SPECIFIER = /\bfrom\s*['"]([^'"]+)['"]/g;

/**
 * Whether a file may call `defineCookie`, judged from its text so that most files of a project
 * are never parsed: it names `defineCookie` or core, or imports a project module that does
 * (a module of the project may re-export the DSL under another name).
 */
export function mayCallDsl(text: string, path: string, context: LoadContext, reExporters: Map<string, boolean>): boolean {
  if (text.includes('defineCookie') || text.includes(DSL_MODULE)) return true;
  for (const [, specifier] of text.matchAll(IMPORT_SPECIFIER)) {
    const resolution = context.resolver.resolve(specifier!, path);
    if (resolution.kind === 'file' && reExportsDsl(resolution.path, reExporters)) return true;
  }
  return false;
}

/** Whether a module names core and exports something; answers are kept in `reExporters` for one scan. */
function reExportsDsl(path: string, reExporters: Map<string, boolean>): boolean {
  let answer = reExporters.get(path);
  if (answer === undefined) {
    const text = readFileSync(path, 'utf8');
    answer = text.includes(DSL_MODULE) && /\bexport\b/.test(text);
    reExporters.set(path, answer);
  }
  return answer;
}
