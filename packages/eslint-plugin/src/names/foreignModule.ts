import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TSESTree } from '@typescript-eslint/utils';
import { type Binding, type ModuleContext, getPatternPath } from './bindings.js';
import { getImportBinding } from './fileContext.js';

/** A module read from disk for its top-level constants, functions, classes and types: a light reader, never type-checked. */
export interface ForeignModule extends ModuleContext {
  /** The local name (or re-export) behind each export name. */
  readonly exports: ReadonlyMap<string, ExportTarget>;
  /** `export * from '...'` sources. */
  readonly starExports: readonly string[];
}

/** What an export name stands for. */
export type ExportTarget =
  | { readonly kind: 'local'; readonly name: string }
  | { readonly kind: 'expression'; readonly node: TSESTree.Node }
  | { readonly kind: 'reexport'; readonly source: string; readonly imported: string };

type Parse = (code: string, options: { jsx: boolean; range: boolean; loc: boolean; comment: boolean }) => TSESTree.Program;

let parse: Parse | null | undefined;
const cache = new Map<string, { mtimeMs: number; size: number; module: ForeignModule | undefined }>();

/**
 * The module at `file`, parsed once and kept until the file changes (stat). Undefined when it
 * cannot be read or parsed, or when the TypeScript parser is not installed.
 */
export function readForeignModule(file: string): ForeignModule | undefined {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return undefined;
  }
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.module;
  const module = parseModule(file);
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, module });
  return module;
}

function parseModule(file: string): ForeignModule | undefined {
  const parser = loadParser();
  if (!parser) return undefined;
  try {
    const program = parser(readFileSync(file, 'utf8'), { jsx: /\.[jt]sx$/.test(file), range: true, loc: false, comment: false });
    return summarize(file, program);
  } catch {
    return undefined;
  }
}

// typescript-estree needs the `typescript` package; a JavaScript-only project may lack it, and
// then imported constants simply stay unresolved.
function loadParser(): Parse | null {
  if (parse !== undefined) return parse;
  try {
    const require = createRequire(import.meta.url);
    parse = (require('@typescript-eslint/typescript-estree') as { parse: Parse }).parse;
  } catch {
    parse = null;
  }
  return parse;
}

function summarize(file: string, program: TSESTree.Program): ForeignModule {
  const locals = new Map<string, (module: ModuleContext) => Binding>();
  const exports = new Map<string, ExportTarget>();
  const starExports: string[] = [];
  const module: ForeignModule = {
    file,
    exports,
    starExports,
    lookup: (identifier) => locals.get(identifier.name)?.(module) ?? { kind: 'global', name: identifier.name },
  };

  const declare = (statement: TSESTree.Node, exported: boolean): void => {
    if (statement.type === 'VariableDeclaration' && statement.kind === 'const') {
      for (const declarator of statement.declarations) {
        if (!declarator.init) continue;
        for (const name of collectNames(declarator.id)) {
          const located = getPatternPath(declarator.id, name);
          if (!located) continue;
          const init = declarator.init;
          locals.set(name.name, (owner) => ({ kind: 'value', init, path: located.path, fallback: located.fallback, module: owner }));
          if (exported) exports.set(name.name, { kind: 'local', name: name.name });
        }
      }
    } else if ((statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') && statement.id) {
      // A function of the project is followed to what it returns, a class to its static fields.
      locals.set(statement.id.name, (owner) => ({ kind: 'value', init: statement, path: [], module: owner }));
      if (exported) exports.set(statement.id.name, { kind: 'local', name: statement.id.name });
    } else if (statement.type === 'TSTypeAliasDeclaration' || statement.type === 'TSInterfaceDeclaration') {
      locals.set(statement.id.name, (owner) => ({ kind: 'type', declaration: statement, module: owner }));
      if (exported) exports.set(statement.id.name, { kind: 'local', name: statement.id.name });
    } else if (statement.type === 'TSEnumDeclaration') {
      locals.set(statement.id.name, (owner) => ({ kind: 'enum', declaration: statement, module: owner }));
      if (exported) exports.set(statement.id.name, { kind: 'local', name: statement.id.name });
    }
  };

  for (const statement of program.body) {
    switch (statement.type) {
      case 'ImportDeclaration':
        for (const specifier of statement.specifiers) locals.set(specifier.local.name, (owner) => getImportBinding(specifier, owner, statement));
        break;
      case 'ExportNamedDeclaration':
        if (statement.declaration) declare(statement.declaration, true);
        for (const specifier of statement.specifiers) {
          const local = specifier.local.type === 'Identifier' ? specifier.local.name : String((specifier.local as TSESTree.StringLiteral).value);
          const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
          exports.set(exported, statement.source ? { kind: 'reexport', source: statement.source.value, imported: local } : { kind: 'local', name: local });
        }
        break;
      case 'ExportAllDeclaration':
        if (statement.exported) {
          const name = statement.exported.type === 'Identifier' ? statement.exported.name : String((statement.exported as TSESTree.Node as TSESTree.StringLiteral).value);
          exports.set(name, { kind: 'reexport', source: statement.source.value, imported: '*' });
        } else {
          starExports.push(statement.source.value);
        }
        break;
      case 'ExportDefaultDeclaration':
        if (statement.declaration.type === 'Identifier') exports.set('default', { kind: 'local', name: statement.declaration.name });
        else exports.set('default', { kind: 'expression', node: statement.declaration });
        break;
      default:
        declare(statement, false);
    }
  }
  return module;
}

function collectNames(pattern: TSESTree.Node): TSESTree.Identifier[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern];
    case 'AssignmentPattern':
      return collectNames(pattern.left);
    case 'ObjectPattern':
      return pattern.properties.flatMap((property) => collectNames(property.type === 'Property' ? property.value : property.argument));
    case 'ArrayPattern':
      return pattern.elements.flatMap((element) => (element ? collectNames(element) : []));
    case 'RestElement':
      return collectNames(pattern.argument);
    default:
      return [];
  }
}

/** Forgets every module read (for tests and long-running processes that want a fresh start). */
export function clearForeignModules(): void {
  cache.clear();
}
