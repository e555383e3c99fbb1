import type { ts, ExportDeclaration, Identifier, ImportDeclaration, SourceFile, Statement } from 'ts-morph';
import { Node, typescript } from '../project/tsMorph.js';
import type { Binding } from './Binding.js';
import type { LoadContext } from './LoadContext.js';

const FAILED: Binding = { kind: 'failed' };

/**
 * Finds what identifiers and module exports stand for, by reading declarations and following
 * imports and re-exports (named, default, `export *`, `export * as`) through the module resolver.
 * No type checker is involved: scopes are walked syntactically.
 */
export class Bindings {
  // Declaration files reference the same shared constants again and again: remember per module.
  private readonly topLevel = new Map<SourceFile, Map<string, Binding | undefined>>();
  private readonly exports = new Map<SourceFile, Map<string, Binding | undefined>>();

  constructor(private readonly context: LoadContext) {}

  /** What an identifier used as a value refers to. */
  resolveIdentifier(identifier: Identifier): Binding {
    const name = identifier.compilerNode.text;
    // The scope walk reads the raw TypeScript tree: wrapping every ancestor in ts-morph nodes, for
    // every identifier of a large policy, costs more than the rest of the evaluation.
    for (let node = identifier.compilerNode.parent as ts.Node | undefined; node; node = node.parent) {
      if (typescript.isSourceFile(node)) return this.findTopLevel(identifier.getSourceFile(), name) ?? { kind: 'global' };
      if (typescript.isBlock(node) || typescript.isModuleBlock(node)) {
        if (!node.statements.some((statement) => declaresInStatement(statement, name))) continue;
        const block = identifier.getSourceFile().getDescendantAtStartWithWidth(node.getStart(), node.getWidth());
        const found = Node.isBlock(block) || Node.isModuleBlock(block) ? this.findInStatements(block.getStatements(), name) : undefined;
        if (found) return found;
      } else if (typescript.isFunctionLike(node)) {
        if (node.parameters.some((parameter) => declaresName(parameter.name, name))) return { kind: 'runtime', what: 'a parameter' };
      } else if (typescript.isForOfStatement(node) || typescript.isForInStatement(node) || typescript.isForStatement(node)) {
        const initializer = node.initializer;
        if (initializer && typescript.isVariableDeclarationList(initializer) && initializer.declarations.some((d) => declaresName(d.name, name))) {
          return { kind: 'runtime', what: 'a loop variable' };
        }
      } else if (typescript.isCatchClause(node)) {
        if (node.variableDeclaration && declaresName(node.variableDeclaration.name, name)) return { kind: 'runtime', what: 'a caught error' };
      }
    }
    return { kind: 'global' };
  }

  /** What a module exports under a name (`'default'` for the default export), or undefined. */
  findExport(file: SourceFile, exportName: string): Binding | undefined {
    return remember(this.exports, file, exportName, () => this.searchExport(file, exportName, new Set()));
  }

  // Not cached itself: inside an `export *` cycle an answer depends on the modules already visited.
  private searchExport(file: SourceFile, exportName: string, visiting: Set<SourceFile>): Binding | undefined {
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
      return target === undefined ? undefined : this.searchExport(target, exportName, visiting);
    }
    const exported = statement.getNamedExports().find((named) => (named.getAliasNode()?.getText() ?? named.getName()) === exportName);
    if (!exported) return undefined;
    const localName = exported.getName();
    if (specifier === undefined) return this.resolveTopLevel(file, localName);
    return this.importNamed(specifier, localName, exported);
  }

  /** A name declared at the top level of a module (used by `export { x }` and `export default x`). */
  private resolveTopLevel(file: SourceFile, name: string): Binding {
    return this.findTopLevel(file, name) ?? { kind: 'global' };
  }

  private findTopLevel(file: SourceFile, name: string): Binding | undefined {
    return remember(this.topLevel, file, name, () => this.findInStatements(file.getStatements(), name));
  }

  private findInStatements(statements: readonly Statement[], name: string): Binding | undefined {
    for (const statement of statements) {
      if (Node.isVariableStatement(statement)) {
        for (const declaration of statement.getDeclarations()) {
          const nameNode = declaration.getNameNode();
          if (Node.isIdentifier(nameNode) && nameNode.getText() === name) return { kind: 'variable', declaration };
          if (!Node.isIdentifier(nameNode) && declaresName(nameNode.compilerNode, name)) return { kind: 'destructured' };
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
function declaresName(nameNode: ts.BindingName, name: string): boolean {
  if (typescript.isIdentifier(nameNode)) return nameNode.text === name;
  return nameNode.elements.some((element) => !typescript.isOmittedExpression(element) && declaresName(element.name, name));
}

/** Whether a statement of a block declares `name` (a quick check before wrapping the block). */
function declaresInStatement(statement: ts.Statement, name: string): boolean {
  if (typescript.isVariableStatement(statement)) return statement.declarationList.declarations.some((declaration) => declaresName(declaration.name, name));
  const declared = (statement as { name?: ts.Node }).name;
  return declared !== undefined && typescript.isIdentifier(declared) && declared.text === name;
}

/** `cache[file][name]`, computed on first use. */
function remember(cache: Map<SourceFile, Map<string, Binding | undefined>>, file: SourceFile, name: string, compute: () => Binding | undefined): Binding | undefined {
  let byName = cache.get(file);
  if (!byName) cache.set(file, (byName = new Map()));
  if (byName.has(name)) return byName.get(name);
  const binding = compute();
  byName.set(name, binding);
  return binding;
}
