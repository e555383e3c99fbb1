import type { ts, Node, SourceFile, VariableDeclaration } from 'ts-morph';
import { typescript } from '../project/tsMorph.js';

/** Methods that change the array, Map or Set they are called on. */
const MUTATING_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'add', 'delete', 'clear']);

// Walking a file with ts-morph wraps every node; the raw TypeScript tree is walked once per file instead.
const identifiersByFile = new WeakMap<ts.SourceFile, Map<string, ts.Identifier[]>>();

/**
 * The first place in its module where a `const` object or array is changed after it is declared
 * (`list.push(x)`, `config.name = ...`, `delete o.k`, `Object.assign(o, ...)`), or undefined.
 * The static reader only sees the declared value, so a change makes the value unknowable.
 * `refersToDeclaration` tells a use of this variable from a same-named one in another scope.
 */
export function findMutation(declaration: VariableDeclaration, refersToDeclaration: (identifier: Node) => boolean): Node | undefined {
  const sourceFile = declaration.getSourceFile();
  const declared = declaration.getNameNode().compilerNode;
  for (const identifier of getIdentifiers(sourceFile).get(declaration.getName()) ?? []) {
    if (identifier === declared) continue;
    const mutation = getMutationOf(identifier);
    if (!mutation) continue;
    const wrapped = sourceFile.getDescendantAtStartWithWidth(identifier.getStart(), identifier.getWidth());
    if (wrapped && refersToDeclaration(wrapped)) return sourceFile.getDescendantAtStartWithWidth(mutation.getStart(), mutation.getWidth()) ?? wrapped;
  }
  return undefined;
}

function getIdentifiers(sourceFile: SourceFile): Map<string, ts.Identifier[]> {
  let byName = identifiersByFile.get(sourceFile.compilerNode);
  if (byName) return byName;
  byName = new Map();
  const visit = (node: ts.Node): void => {
    if (typescript.isIdentifier(node)) {
      const list = byName!.get(node.text);
      if (list) list.push(node);
      else byName!.set(node.text, [node]);
    }
    typescript.forEachChild(node, visit);
  };
  visit(sourceFile.compilerNode);
  identifiersByFile.set(sourceFile.compilerNode, byName);
  return byName;
}

/** The expression that changes what `identifier` holds, if its use is one. */
function getMutationOf(identifier: ts.Identifier): ts.Node | undefined {
  let access: ts.Node = identifier;
  let parent = access.parent;
  while ((typescript.isPropertyAccessExpression(parent) || typescript.isElementAccessExpression(parent)) && parent.expression === access) {
    access = parent;
    parent = access.parent;
  }
  if (typescript.isCallExpression(parent) && parent.arguments[0] === identifier && parent.expression.getText() === 'Object.assign') return parent;
  if (access === identifier) return undefined;
  if (typescript.isCallExpression(parent) && parent.expression === access) {
    return typescript.isPropertyAccessExpression(access) && MUTATING_METHODS.has(access.name.text) ? parent : undefined;
  }
  if (typescript.isBinaryExpression(parent) && parent.left === access && isAssignment(parent.operatorToken.kind)) return parent;
  if (typescript.isDeleteExpression(parent) || typescript.isPostfixUnaryExpression(parent)) return parent;
  if (typescript.isPrefixUnaryExpression(parent) && (parent.operator === typescript.SyntaxKind.PlusPlusToken || parent.operator === typescript.SyntaxKind.MinusMinusToken)) return parent;
  return undefined;
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= typescript.SyntaxKind.FirstAssignment && kind <= typescript.SyntaxKind.LastAssignment;
}
