import { Node, SyntaxKind, type ExportDeclaration, type Identifier, type ImportDeclaration, type SourceFile, type Statement } from 'ts-morph';
import type { Binding } from './Binding.js';
import type { LoadContext } from './LoadContext.js';

const FAILED: Binding = { kind: 'failed' };

/**
 * Finds what identifiers and module exports stand for, by reading declarations and following
 * imports and re-exports (named, default, `export *`, `export * as`) through the module resolver.
 * No type checker is involved: scopes are walked syntactically.
 */
export class Bindings {
  constructor(private readonly context: LoadContext) {}

  /** What an identifier used as a value refers to. */
  resolveIdentifier(identifier: Identifier): Binding {
    const name = identifier.getText();
    for (let node: Node | undefined = identifier.getParent(); node; node = node.getParent()) {
      if (Node.isSourceFile(node) || Node.isBlock(node) || Node.isModuleBlock(node)) {
        const found = this.findInStatements(node.getStatements(), name);
        if (found) return found;
      } else if (Node.isFunctionLikeDeclaration(node) || Node.isArrowFunction(node)) {
        if (node.getParameters().some((parameter) => declaresName(parameter.getNameNode(), name))) return { kind: 'runtime', what: 'a parameter' };
      } else if (Node.isForOfStatement(node) || Node.isForInStatement(node) || Node.isForStatement(node)) {
        const initializer = node.getInitializer();
        if (Node.isVariableDeclarationList(initializer) && initializer.getDeclarations().some((d) => declaresName(d.getNameNode(), name))) {
          return { kind: 'runtime', what: 'a loop variable' };
        }
      } else if (Node.isCatchClause(node)) {
        const variable = node.getVariableDeclaration();
        if (variable && declaresName(variable.getNameNode(), name)) return { kind: 'runtime', what: 'a caught error' };
      }
    }
    return { kind: 'global' };
  }

  /** What a module exports under a name (`'default'` for the default export), or undefined. */
  findExport(file: SourceFile, exportName: string, visiting = new Set<SourceFile>()): Binding | undefined {
    if (visiting.has(file)) return undefined;
    visiting.add(file);
    for (const statement of file.getStatements()) {
      const found = this.findExportIn(statement, file, exportName, visiting);
      if (found) return found;
    }
    return undefined;
  }

  private findExportIn(statement: Statement, file: SourceFile, exportName: string, visiting: Set<SourceFile>): Binding | undefined {
    if (Node.isExportAssignment(statement)) {
      if (exportName !== 'default' || statement.isExportEquals()) return undefined;
      const expression = statement.getExpression();
      return Node.isIdentifier(expression) ? this.resolveTopLevel(file, expression.getText()) : { kind: 'expression', expression };
    }
    if (Node.isExportDeclaration(statement)) return this.findInExportDeclaration(statement, file, exportName, visiting);
    const isExported = Node.isModifierable(statement) && statement.hasModifier('export');
    if (!isExported) return undefined;
    const isDefault = statement.hasModifier('default');
    if (isDefault !== (exportName === 'default')) return undefined;
    if (isDefault) return { kind: 'runtime', what: 'a function or class' };
    return this.findInStatements([statement], exportName);
  }

  private findInExportDeclaration(
    statement: ExportDeclaration,
    file: SourceFile,
    exportName: string,
    visiting: Set<SourceFile>,
  ): Binding | undefined {
    const specifier = statement.getModuleSpecifierValue();
    const namespaceExport = statement.getNamespaceExport();
    if (namespaceExport) {
      if (namespaceExport.getName() !== exportName || specifier === undefined) return undefined;
      return this.importNamespace(specifier, statement);
    }
    if (!statement.hasNamedExports()) {
      // `export * from './m'` never re-exports a default.
      if (specifier === undefined || exportName === 'default') return undefined;
      const target = this.followModule(specifier, statement);
      if (target === 'dsl') return { kind: 'dsl', name: exportName };
      return target === undefined ? undefined : this.findExport(target, exportName, visiting);
    }
    const exported = statement.getNamedExports().find((named) => (named.getAliasNode()?.getText() ?? named.getName()) === exportName);
    if (!exported) return undefined;
    const localName = exported.getName();
    if (specifier === undefined) return this.resolveTopLevel(file, localName);
    return this.importNamed(specifier, localName, exported);
  }

  /** A name declared at the top level of a module (used by `export { x }` and `export default x`). */
  private resolveTopLevel(file: SourceFile, name: string): Binding {
    return this.findInStatements(file.getStatements(), name) ?? { kind: 'global' };
  }

  private findInStatements(statements: readonly Statement[], name: string): Binding | undefined {
    for (const statement of statements) {
      if (Node.isVariableStatement(statement)) {
        for (const declaration of statement.getDeclarations()) {
          const nameNode = declaration.getNameNode();
          if (Node.isIdentifier(nameNode) && nameNode.getText() === name) return { kind: 'variable', declaration };
          if (!Node.isIdentifier(nameNode) && declaresName(nameNode, name)) return { kind: 'runtime', what: 'a destructured variable' };
        }
      } else if (Node.isEnumDeclaration(statement) && statement.getName() === name) {
        return { kind: 'enum', declaration: statement };
      } else if ((Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement)) && statement.getName() === name) {
        return { kind: 'runtime', what: Node.isFunctionDeclaration(statement) ? 'a function' : 'a class' };
      } else if (Node.isImportDeclaration(statement)) {
        const found = this.findInImport(statement, name);
        if (found) return found;
      }
    }
    return undefined;
  }

  private findInImport(statement: ImportDeclaration, name: string): Binding | undefined {
    const specifier = statement.getModuleSpecifierValue();
    if (statement.getDefaultImport()?.getText() === name) return this.importNamed(specifier, 'default', statement);
    if (statement.getNamespaceImport()?.getText() === name) return this.importNamespace(specifier, statement);
    const named = statement.getNamedImports().find((specifierNode) => (specifierNode.getAliasNode()?.getText() ?? specifierNode.getName()) === name);
    return named ? this.importNamed(specifier, named.getName(), named) : undefined;
  }

  private importNamed(specifier: string, exportName: string, at: Node): Binding {
    const target = this.followModule(specifier, at);
    if (target === 'dsl') return { kind: 'dsl', name: exportName };
    if (target === undefined) return FAILED;
    const found = this.findExport(target, exportName);
    if (found) return found;
    this.context.problems.add('missing-export', at, { name: exportName, detail: `'${specifier}'` });
    return FAILED;
  }

  private importNamespace(specifier: string, at: Node): Binding {
    const target = this.followModule(specifier, at);
    if (target === 'dsl') return { kind: 'dsl-namespace' };
    return target === undefined ? FAILED : { kind: 'namespace', file: target };
  }

  /** The module a specifier names, `'dsl'` for core; reports why when it cannot be read. */
  private followModule(specifier: string, at: Node): SourceFile | 'dsl' | undefined {
    const resolution = this.context.resolver.resolve(specifier, at.getSourceFile().getFilePath());
    if (resolution.kind === 'dsl') return 'dsl';
    if (resolution.kind === 'package') {
      this.context.problems.add('package-import', at, { name: specifier });
      return undefined;
    }
    if (resolution.kind === 'missing') {
      this.context.problems.add('unresolved-import', at, { name: specifier, detail: resolution.tried.slice(0, 4).join(', ') });
      return undefined;
    }
    return this.context.getSourceFile(resolution.path);
  }
}

/** Whether a binding name (identifier or destructuring pattern) declares `name`. */
function declaresName(nameNode: Node, name: string): boolean {
  if (Node.isIdentifier(nameNode)) return nameNode.getText() === name;
  return nameNode.getDescendantsOfKind(SyntaxKind.Identifier).some((identifier) => identifier.getText() === name);
}
