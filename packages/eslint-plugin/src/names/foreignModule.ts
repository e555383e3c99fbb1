import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type ScopeManager, analyze } from '@typescript-eslint/scope-manager';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ModuleContext } from './bindings.js';
import { createScopedContext } from './fileContext.js';
import { getModuleSignature } from './resolveModuleFile.js';
import { getGlobalPath } from './globalPath.js';
import { isClassicScript } from './scriptGlobals.js';
import { extractComponentScript } from './componentScriptBlocks.js';

/** Another project file, read from disk and bound through its own scope analysis (its constants, functions, classes and types): never type-checked. */
export interface ForeignModule extends ModuleContext {
  /** The local name (or re-export) behind each export name. */
  readonly exports: ReadonlyMap<string, ExportTarget>;
  /** `export * from '...'` sources. */
  readonly starExports: readonly string[];
  /** The parsed module (a Vue component's script blocks). */
  readonly program: TSESTree.Program;
}

/** What an export name stands for. */
export type ExportTarget =
  | { readonly kind: 'local'; readonly name: string }
  | { readonly kind: 'expression'; readonly node: TSESTree.Node }
  | { readonly kind: 'reexport'; readonly source: string; readonly imported: string };

interface EstreeParser {
  parse(code: string, options: { jsx: boolean; range: boolean; loc: boolean; comment: boolean }): TSESTree.Program;
  simpleTraverse(node: TSESTree.Node, options: { enter(): void }, setParentPointers: boolean): void;
}

let parser: EstreeParser | null | undefined;
// Parsed modules, least recently used first. A module holds its tree and scopes; bounded, so that
// a long-lived process (an editor, a monorepo run) keeps the modules it uses, not every one it read.
const cache = new Map<string, { signature: string; module: ForeignModule | undefined }>();
const MAX_MODULES = 2000;

/**
 * The module at `file`, parsed once and kept until the file changes (its signature) or
 * {@link MAX_MODULES} others were used since. Undefined when it
 * cannot be read or parsed, or when the TypeScript parser is not installed.
 */
export function readForeignModule(file: string): ForeignModule | undefined {
  // The signature module resolution already took (kept a few seconds): matching asks for the
  // same modules many times per file, and a stat each time would cost more than the matching.
  const signature = getModuleSignature(file);
  if (signature === null) return undefined;
  const cached = cache.get(file);
  cache.delete(file);
  if (cached?.signature === signature) {
    cache.set(file, cached);
    return cached.module;
  }
  const module = parseModule(file);
  cache.set(file, { signature, module });
  if (cache.size > MAX_MODULES) cache.delete(cache.keys().next().value!);
  return module;
}

function parseModule(file: string): ForeignModule | undefined {
  const estree = loadParser();
  if (!estree) return undefined;
  try {
    const read = readFileSync(file, 'utf8');
    // A Vue or Svelte component is read as the module its script blocks make (its props, its writes).
    const component = /\.(?:vue|svelte)$/.test(file) ? extractComponentScript(read) : undefined;
    const text = component ? component.code : read;
    // JavaScript files hold JSX as often as .jsx ones do (Create React App, bruno); only a
    // TypeScript file's `<T>x` assertions would read differently with JSX on.
    const program = estree.parse(text, { jsx: component ? !component.typescript : !/\.[cm]?ts$/.test(file), range: true, loc: true, comment: false });
    // Scope analysis and the walk up from a parameter to its function need parent links.
    estree.simpleTraverse(program, { enter() {} }, true);
    return summarize(file, program, isClassicScript(file, text));
  } catch {
    return undefined;
  }
}

// typescript-estree needs the `typescript` package; a JavaScript-only project may lack it, and
// then imported constants simply stay unresolved.
function loadParser(): EstreeParser | null {
  if (parser !== undefined) return parser;
  try {
    const require = createRequire(import.meta.url);
    parser = require('@typescript-eslint/typescript-estree') as EstreeParser;
  } catch {
    parser = null;
  }
  return parser;
}

function summarize(file: string, program: TSESTree.Program, classicScript: boolean): ForeignModule {
  const exports = new Map<string, ExportTarget>();
  const starExports: string[] = [];
  // Most modules are read for a constant or two: their scopes are analysed on the first look-up.
  let scopes: ScopeManager | undefined;
  const getScopes = (): ScopeManager => (scopes ??= analyze(program, { sourceType: 'module' }));
  const scoped = createScopedContext(
    file,
    (identifier) => getInnermostScope(getScopes(), identifier),
    () => getScopes().globalScope?.childScopes[0] ?? getScopes().globalScope ?? undefined,
    undefined,
    classicScript,
  );
  // The module is the context its bindings name as theirs: a context that binds some of them
  // (a component's props) then rebinds the others, so that what they lead to stays bound.
  const module: ForeignModule = Object.assign(scoped, { exports, starExports, program });

  const declare = (statement: TSESTree.Node): void => {
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        for (const name of collectNames(declarator.id)) exports.set(name.name, { kind: 'local', name: name.name });
      }
    } else if (
      (statement.type === 'TSEnumDeclaration' ||
        statement.type === 'FunctionDeclaration' ||
        statement.type === 'ClassDeclaration' ||
        statement.type === 'TSTypeAliasDeclaration' ||
        statement.type === 'TSInterfaceDeclaration') &&
      statement.id
    ) {
      exports.set(statement.id.name, { kind: 'local', name: statement.id.name });
    }
  };

  // A classic script's top-level names are the page's globals: other scripts use them as if imported.
  if (classicScript) for (const statement of program.body) declareScriptGlobal(statement, declare, exports);
  for (const statement of program.body) {
    switch (statement.type) {
      case 'ExportNamedDeclaration':
        if (statement.declaration) declare(statement.declaration);
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
    }
  }
  return module;
}

/**
 * A top-level declaration of a classic script, or its `globalThis.name = value` (also `window.`,
 * `self.`, `??=`, `||=`); a namespace's member (`window.App.Prefs ??= ...`, `App.Prefs = ...`) is
 * exported under its path (`App.Prefs`), as getScriptGlobals names it.
 */
function declareScriptGlobal(statement: TSESTree.ProgramStatement, declare: (statement: TSESTree.Node) => void, exports: Map<string, ExportTarget>): void {
  if (statement.type !== 'ExpressionStatement') {
    declare(statement);
    return;
  }
  const assignment = statement.expression;
  if (assignment.type !== 'AssignmentExpression' || !DEFINING_OPERATORS.has(assignment.operator)) return;
  const path = getGlobalPath(assignment.left);
  if (path !== undefined && path.length > 0) exports.set(path.join('.'), { kind: 'expression', node: assignment.right });
}

const DEFINING_OPERATORS = new Set(['=', '??=', '||=']);

// As ESLint's SourceCode#getScope: the scope of the closest enclosing node that opens one.
function getInnermostScope(scopes: ScopeManager, node: TSESTree.Node): TSESLint.Scope.Scope | null {
  const inner = node.type !== 'Program';
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const scope = scopes.acquire(current, inner);
    if (scope) return (scope.type === 'function-expression-name' ? scope.childScopes[0]! : scope) as TSESLint.Scope.Scope;
  }
  return null;
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
