import { ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { type Binding, type FunctionNode, type ModuleContext, getPatternPath } from './bindings.js';

/** The linted file as name resolution sees it, bound through ESLint's scope analysis. */
export function createFileContext(sourceCode: Readonly<TSESLint.SourceCode>, file: string): ModuleContext {
  return createScopedContext(file, (identifier) => sourceCode.getScope(identifier));
}

/**
 * A module whose identifiers are bound through a scope analysis: `getScope` gives the innermost
 * scope around a node, or null for a node the analysis does not know (a made-up identifier,
 * which is then looked up by name in the module's top-level scope). The linted file uses ESLint's
 * scopes, another project file its own analysis (foreignModule.ts); both bind identifiers alike.
 */
export function createScopedContext(
  file: string,
  getScope: (identifier: TSESTree.Identifier) => TSESLint.Scope.Scope | null,
  getTopScope?: () => TSESLint.Scope.Scope | undefined,
): ModuleContext {
  // Sink matching asks about the same identifiers many times (once per candidate sink).
  const seen = new Map<TSESTree.Identifier, Binding>();
  const context: ModuleContext = {
    file,
    lookup(identifier) {
      let binding = seen.get(identifier);
      if (!binding) {
        const variable = findVariable(identifier, getScope, getTopScope);
        binding = !variable || variable.defs.length === 0 ? { kind: 'global', name: identifier.name } : getDefinitionBinding(variable, context);
        seen.set(identifier, binding);
      }
      return binding;
    },
  };
  return context;
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

/** What a declared variable binds: its constant value, a parameter, an import, an enum, a function or a class. */
export function getDefinitionBinding(variable: TSESLint.Scope.Variable, module: ModuleContext): Binding {
  const definition = variable.defs[0]!;
  const name = definition.name as TSESTree.Identifier;
  switch (definition.type) {
    case 'ImportBinding':
      return getImportBinding(definition.node as TSESTree.Node, module);
    case 'Variable': {
      const declarator = definition.node as TSESTree.VariableDeclarator;
      const declaration = declarator.parent as TSESTree.VariableDeclaration;
      const writes = variable.references.filter((reference) => reference.isWrite());
      if (!declarator.init || (declaration.kind !== 'const' && writes.length > 1)) return { kind: 'other' };
      const located = getPatternPath(declarator.id, name);
      if (!located) return { kind: 'other' };
      return { kind: 'value', init: declarator.init, path: located.path, fallback: located.fallback, module };
    }
    case 'Parameter': {
      const fn = definition.node as FunctionNode;
      if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return { kind: 'other' };
      for (const [index, param] of fn.params.entries()) {
        const located = getPatternPath(param, name);
        if (located) return { kind: 'param', fn, index, path: located.path, annotation: located.annotation, fallback: located.fallback, module };
      }
      return { kind: 'other' };
    }
    case 'FunctionName':
    case 'ClassName':
      // A function or class declaration stands for itself: callers look inside it (wrappers).
      return { kind: 'value', init: definition.node as TSESTree.Node, path: [], module };
    case 'TSEnumName':
      return { kind: 'enum', declaration: definition.node as TSESTree.TSEnumDeclaration, module };
    default:
      return { kind: 'other' };
  }
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
