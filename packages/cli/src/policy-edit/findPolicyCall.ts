import { type ArrayLiteralExpression, type CallExpression, Node, type SourceFile } from 'ts-morph';
import { PolicyEditError } from './PolicyEditError.js';

const CORE = '@cookie-ledger/core';

/** Where new declarations go, and how this file calls `defineCookie`. */
export interface PolicyEditTarget {
  /** The list literal that holds the declarations. */
  readonly cookies: ArrayLiteralExpression;
  /** The expression that calls defineCookie here (`defineCookie`, an alias, or `ns.defineCookie`); undefined when not imported yet. */
  readonly defineCookie: string | undefined;
  /** The quote the file writes strings with. */
  readonly quote: "'" | '"';
}

/** Finds the `cookies` list of the file's `export default defineCookiePolicy({...})`, or explains why it cannot. */
export function findPolicyEditTarget(file: SourceFile): PolicyEditTarget {
  const fail = (node: Node, problem: string): never => {
    const { line, column } = file.getLineAndColumnAtPos(node.getStart());
    throw new PolicyEditError(file.getFilePath(), line, column, problem);
  };
  const call = findDefaultPolicyCall(file) ?? fail(file, 'the file has no `export default defineCookiePolicy({ ... })`; write the policy as the default export so that declarations can be added to it.');
  const argument = unwrap(call.getArguments()[0]);
  if (!Node.isObjectLiteralExpression(argument)) {
    return fail(call, '`defineCookiePolicy` is not called with an object written here; write `defineCookiePolicy({ owner, cookies: [...] })`.');
  }
  const property = argument.getProperty('cookies') ?? fail(argument, 'the policy has no `cookies` list; add `cookies: []`.');
  let list: Node | undefined;
  if (Node.isPropertyAssignment(property)) list = unwrap(property.getInitializer());
  else if (Node.isShorthandPropertyAssignment(property)) list = property.getNameNode();
  if (list !== undefined && Node.isIdentifier(list)) list = unwrap(findLocalInitializer(file, list.getText()) ?? list);
  if (list === undefined || !Node.isArrayLiteralExpression(list)) {
    return fail(property, '`cookies` is not a list written in this file, so new declarations have no place to go. Write it as a list here, `cookies: [...]` (spreads of other lists may stay in it).');
  }
  return { cookies: list, defineCookie: findDefineCookieReference(file), quote: detectQuote(file) };
}

function findDefaultPolicyCall(file: SourceFile): CallExpression | undefined {
  for (const statement of file.getStatements()) {
    if (!Node.isExportAssignment(statement) || statement.isExportEquals()) continue;
    let expression = unwrap(statement.getExpression());
    if (expression !== undefined && Node.isIdentifier(expression)) expression = unwrap(findLocalInitializer(file, expression.getText()));
    if (expression !== undefined && Node.isCallExpression(expression) && /defineCookiePolicy$/.test(expression.getExpression().getText())) {
      return expression;
    }
  }
  return undefined;
}

function findLocalInitializer(file: SourceFile, name: string): Node | undefined {
  return file.getVariableDeclaration(name)?.getInitializer();
}

/** Looks through `as const`, `satisfies`, parentheses and `!`. */
function unwrap(node: Node | undefined): Node | undefined {
  let current = node;
  while (
    current !== undefined &&
    (Node.isAsExpression(current) || Node.isSatisfiesExpression(current) || Node.isParenthesizedExpression(current) || Node.isNonNullExpression(current))
  ) {
    current = current.getExpression();
  }
  return current;
}

function findDefineCookieReference(file: SourceFile): string | undefined {
  for (const declaration of file.getImportDeclarations()) {
    if (declaration.getModuleSpecifierValue() !== CORE || declaration.isTypeOnly()) continue;
    const namespace = declaration.getNamespaceImport();
    if (namespace) return `${namespace.getText()}.defineCookie`;
    const specifier = declaration.getNamedImports().find((named) => named.getName() === 'defineCookie' && !named.isTypeOnly());
    if (specifier) return specifier.getAliasNode()?.getText() ?? 'defineCookie';
  }
  return undefined;
}

function detectQuote(file: SourceFile): "'" | '"' {
  const specifier = file.getImportDeclarations()[0]?.getModuleSpecifier().getText();
  return specifier?.startsWith('"') ? '"' : "'";
}

/** Makes `defineCookie` callable in the file: adds it to the existing import of core, or adds that import. */
export function importDefineCookie(file: SourceFile, quote: "'" | '"'): string {
  const existing = file.getImportDeclarations().find((declaration) => declaration.getModuleSpecifierValue() === CORE && !declaration.isTypeOnly() && !declaration.getNamespaceImport());
  if (existing) existing.addNamedImport('defineCookie');
  else file.insertStatements(0, `import { defineCookie } from ${quote}${CORE}${quote};`);
  return 'defineCookie';
}
