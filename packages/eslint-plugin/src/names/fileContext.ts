import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type Binding, type FunctionNode, type ModuleContext, getPatternPath } from './bindings.js';
import { getJSDocParamType } from './jsdocParamType.js';
import { getKeyCallbackObject, getLoopedObject } from './objectKeys.js';
import { getNuxtAutoImports } from './nuxtProject.js';
import { getScriptGlobals, isClassicScript } from './scriptGlobals.js';
import { getViteAutoImport } from './viteProject.js';
import { getVueTemplateScope, hasVueTemplate } from './vueTemplate.js';

/** The linted file as name resolution sees it, bound through ESLint's scope analysis. */
export function createFileContext(sourceCode: Readonly<TSESLint.SourceCode>, file: string): ModuleContext {
  if (!hasVueTemplate(sourceCode)) return createScopedContext(file, (identifier) => sourceCode.getScope(identifier), undefined, undefined, isClassicScript(file, sourceCode.text));
  // ESLint's scopes never see a Vue template: its own variables (v-for, v-slot) are unknown, and
  // it sees the script's top-level bindings, looked up from the module scope.
  const moduleScope = (): TSESLint.Scope.Scope => sourceCode.scopeManager?.acquire(sourceCode.ast, true) ?? sourceCode.getScope(sourceCode.ast);
  // A made-up identifier (a template tag's component) is looked up there too.
  return createScopedContext(
    file,
    (identifier) => (getVueTemplateScope(identifier) === 'script' ? moduleScope() : sourceCode.getScope(identifier)),
    moduleScope,
    (identifier) => (getVueTemplateScope(identifier) === 'template' ? { kind: 'other' } : undefined),
  );
}

/**
 * A module whose identifiers are bound through a scope analysis: `getScope` gives the innermost
 * scope around a node, or null for a node the analysis does not know (a made-up identifier,
 * which is then looked up by name in the module's top-level scope). The linted file uses ESLint's
 * scopes, another project file its own analysis (foreignModule.ts); both bind identifiers alike.
 * `before` may bind an identifier first (a Vue template's own variables). In a classic script
 * (`classicScript`), a name no scope declares may be a global another script of its folder defines.
 */
export function createScopedContext(
  file: string,
  getScope: (identifier: TSESTree.Identifier) => TSESLint.Scope.Scope | null,
  getTopScope?: () => TSESLint.Scope.Scope | undefined,
  before?: (identifier: TSESTree.Identifier) => Binding | undefined,
  classicScript = false,
): ModuleContext {
  // Sink matching asks about the same identifiers many times (once per candidate sink).
  const seen = new Map<TSESTree.Identifier, Binding>();
  const context: ModuleContext = {
    file,
    lookup(identifier) {
      let binding = seen.get(identifier);
      if (!binding) {
        binding = before?.(identifier) ?? lookUp(identifier, getScope, getTopScope, context, classicScript);
        seen.set(identifier, binding);
      }
      return binding;
    },
    ...(classicScript ? { lookupGlobalPath: (path: readonly string[]) => lookUpGlobalPath(path, context) } : {}),
  };
  return context;
}

function lookUp(
  identifier: TSESTree.Identifier,
  getScope: (identifier: TSESTree.Identifier) => TSESLint.Scope.Scope | null,
  getTopScope: (() => TSESLint.Scope.Scope | undefined) | undefined,
  module: ModuleContext,
  classicScript: boolean,
): Binding {
  const variable = findVariable(identifier, getScope, getTopScope);
  if (variable && variable.defs.length > 0) return getDefinitionBinding(variable, module);
  // In a Nuxt app an undeclared name may be one of the app's own auto-imported composables;
  // in a classic script, a global that another script of the page defines; in a Vite project,
  // a package's export that unplugin-auto-import provides.
  const autoImported =
    getNuxtAutoImports(module.file).get(identifier.name) ?? (classicScript ? getScriptGlobal(module.file, identifier.name) : undefined) ?? getViteAutoImport(module.file, identifier.name);
  return autoImported === undefined ? { kind: 'global', name: identifier.name } : { kind: 'import', source: autoImported, imported: identifier.name, module };
}

// The longest start of the path that another script defines: `App.Prefs` before `App`.
function lookUpGlobalPath(path: readonly string[], module: ModuleContext): { binding: Binding; rest: readonly string[] } | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const name = path.slice(0, length).join('.');
    const source = getScriptGlobal(module.file, name);
    if (source !== undefined) return { binding: { kind: 'import', source, imported: name, module }, rest: path.slice(length) };
  }
  return undefined;
}

function getScriptGlobal(file: string, name: string): string | undefined {
  const defining = getScriptGlobals(file).get(name);
  return defining === file ? undefined : defining;
}

function findVariable(
  identifier: TSESTree.Identifier,
  getScope: (identifier: TSESTree.Identifier) => TSESLint.Scope.Scope | null,
  getTopScope: (() => TSESLint.Scope.Scope | undefined) | undefined,
): TSESLint.Scope.Variable | null {
  if (identifier.range && identifier.parent) {
    const scope = getScope(identifier);
    if (scope) return ASTUtils.findVariable(scope, identifier);
  }
  return getTopScope?.()?.set.get(identifier.name) ?? null;
}

/**
 * What a declared variable binds: its constant value, a parameter, an import, an enum, a
 * function or a class, a type. Parsers for component files (Svelte, Vue, Astro) add
 * definitions of their own (an `{#each}` item is a `Parameter` of the each block, a `{@const}`
 * a `Variable` of the tag): any definition whose node is not the shape read below binds
 * something the rules do not follow.
 */
export function getDefinitionBinding(variable: TSESLint.Scope.Variable, module: ModuleContext): Binding {
  // Overload signatures come first and have no body: the implementation is the definition.
  const definition = variable.defs.find((candidate) => candidate.node?.type !== 'TSDeclareFunction') ?? variable.defs[0]!;
  const name = definition.name as TSESTree.Identifier;
  const node = definition.node as TSESTree.Node | null | undefined;
  switch (definition.type) {
    case 'ImportBinding':
      return node ? getImportBinding(node, module) : { kind: 'other' };
    case 'Variable': {
      if (node?.type !== 'VariableDeclarator') return { kind: 'other' };
      const declaration = node.parent as TSESTree.Node | undefined;
      const isConst = declaration?.type === 'VariableDeclaration' ? declaration.kind === 'const' : false;
      const writes = variable.references.filter((reference) => reference.isWrite());
      // A destructured default (`let { key = 'x' } = $props()`) is a second write inside the declaration, not a reassignment.
      const reassigned = writes.some((reference) => !isWithin(reference.identifier, node.id));
      const looped = node.id.type === 'Identifier' && !node.init ? getLoopedObject(node) : undefined;
      if (looped && node.id.type === 'Identifier' && !reassigned) return { kind: 'objectKey', object: looped, variable: node.id, module };
      if (!isConst && (reassigned || !node.init)) return getAssignedBinding(node, writes, module);
      if (!node.init) return { kind: 'other' };
      const located = getPatternPath(node.id, name);
      if (!located) return { kind: 'other' };
      return { kind: 'value', init: node.init, path: located.path, fallback: located.fallback, module };
    }
    case 'Parameter': {
      if (!isFunctionNode(node)) return { kind: 'other' };
      const reassigned = getReassignedValues(variable);
      if (reassigned === null) return { kind: 'other' };
      const eachKeyOf = reassigned.length === 0 ? getKeyCallbackObject(node, name) : undefined;
      if (eachKeyOf) return { kind: 'objectKey', object: eachKeyOf, variable: name, module };
      for (const [index, param] of node.params.entries()) {
        // `...args`: the arguments from here on, as an array (`args[0]`, `create(...args)`).
        if (param.type === 'RestElement' && param.argument.type === 'Identifier' && param.argument.name === name.name) {
          return { kind: 'param', fn: node, index, path: [], rest: true, ...(reassigned.length > 0 ? { reassigned } : {}), module };
        }
        const located = getPatternPath(param, name);
        if (!located) continue;
        const annotation = located.annotation ?? (located.path.length === 0 ? getJSDocParamType(node, param) : undefined);
        return { kind: 'param', fn: node, index, path: located.path, annotation, fallback: located.fallback, ...(reassigned.length > 0 ? { reassigned } : {}), module };
      }
      return { kind: 'other' };
    }
    case 'FunctionName':
    case 'ClassName': {
      // A function or class declaration stands for itself while its name is never assigned.
      if (variable.references.some((reference) => reference.isWrite())) return { kind: 'other' };
      return { kind: 'value', init: definition.node as TSESTree.FunctionDeclaration | TSESTree.ClassDeclaration, path: [], module };
    }
    case 'Type': {
      const declaration = definition.node as TSESTree.Node;
      if (declaration.type !== 'TSTypeAliasDeclaration' && declaration.type !== 'TSInterfaceDeclaration') return { kind: 'other' };
      return { kind: 'type', declaration, module };
    }
    case 'TSEnumName':
      return node?.type === 'TSEnumDeclaration' ? { kind: 'enum', declaration: node, module } : { kind: 'other' };
    default:
      return { kind: 'other' };
  }
}

const HOLDING_OPERATORS = new Set(['=', '??=', '||=']);

/** Every value a reassigned variable is given, or 'other' when one is not a plain `=`, `??=` or `||=` (`+=`, `for of`, `++`). */
function getAssignedBinding(declarator: TSESTree.VariableDeclarator, writes: readonly TSESLint.Scope.Reference[], module: ModuleContext): Binding {
  if (declarator.id.type !== 'Identifier') return { kind: 'other' };
  const values: TSESTree.Expression[] = [];
  for (const write of writes) {
    if (write.init) {
      if (declarator.init) values.push(declarator.init);
      continue;
    }
    const assignment = write.identifier.parent;
    // `_storage ??= testStorage('localStorage')`: it then holds its earlier value or the new one.
    if (assignment?.type !== 'AssignmentExpression' || !HOLDING_OPERATORS.has(assignment.operator) || assignment.left !== write.identifier) return { kind: 'other' };
    values.push(assignment.right);
  }
  return values.length === 0 ? { kind: 'other' } : { kind: 'assigned', values, module };
}

/** The values a parameter is given with `=` or `+=` in its function (none when never), or null when it is written otherwise (`++`, destructuring). */
function getReassignedValues(variable: TSESLint.Scope.Variable): TSESTree.Expression[] | null {
  const values: TSESTree.Expression[] = [];
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.init) continue;
    const assignment = reference.identifier.parent;
    if (assignment?.type !== 'AssignmentExpression' || assignment.left !== reference.identifier) return null;
    if (assignment.operator === '=') values.push(assignment.right);
    // `key += suffix` gives it `key + suffix`.
    else if (assignment.operator === '+=') values.push({ type: 'BinaryExpression', operator: '+', left: assignment.left, right: assignment.right, range: assignment.range, loc: assignment.loc, parent: assignment } as TSESTree.BinaryExpression);
    else return null;
  }
  return values;
}

function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return node?.type === 'ArrowFunctionExpression' || node?.type === 'FunctionDeclaration' || node?.type === 'FunctionExpression';
}

/** The binding made by an import specifier (or `import x = require('m')`). */
export function getImportBinding(specifier: TSESTree.Node, module: ModuleContext, declaration?: TSESTree.ImportDeclaration): Binding {
  if (specifier.type === 'TSImportEqualsDeclaration') {
    const reference = specifier.moduleReference;
    if (reference.type === 'TSExternalModuleReference' && reference.expression.type === 'Literal') {
      return { kind: 'import', source: String(reference.expression.value), imported: '*', module };
    }
    return { kind: 'other' };
  }
  // A tree parsed outside ESLint (a foreign module) has no parent links: its reader passes the declaration.
  const parent = declaration ?? specifier.parent;
  if (parent?.type !== 'ImportDeclaration') return { kind: 'other' };
  const source = parent.source.value;
  switch (specifier.type) {
    case 'ImportDefaultSpecifier':
      return { kind: 'import', source, imported: 'default', module };
    case 'ImportNamespaceSpecifier':
      return { kind: 'import', source, imported: '*', module };
    case 'ImportSpecifier':
      return {
        kind: 'import',
        source,
        imported: specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value),
        module,
      };
    default:
      return { kind: 'other' };
  }
}

function isWithin(node: TSESTree.Node, outer: TSESTree.Node): boolean {
  return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
}
