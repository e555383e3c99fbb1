import { Node, SyntaxKind, type VariableDeclaration } from 'ts-morph';

/** Methods that change the array, Map or Set they are called on. */
const MUTATING_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'add', 'delete', 'clear']);

/**
 * The first place in its module where a `const` object or array is changed after it is declared
 * (`list.push(x)`, `config.name = ...`, `delete o.k`, `Object.assign(o, ...)`), or undefined.
 * The static reader only sees the declared value, so a change makes the value unknowable.
 */
export function findMutation(declaration: VariableDeclaration, refersToDeclaration: (identifier: Node) => boolean): Node | undefined {
  const name = declaration.getName();
  const declared = declaration.getNameNode();
  for (const identifier of declaration.getSourceFile().getDescendantsOfKind(SyntaxKind.Identifier)) {
    if (identifier === declared || identifier.getText() !== name) continue;
    const mutation = getMutationOf(identifier);
    if (mutation && refersToDeclaration(identifier)) return mutation;
  }
  return undefined;
}

/** The expression that changes what `identifier` holds, if its use is one. */
function getMutationOf(identifier: Node): Node | undefined {
  let access: Node = identifier;
  let parent = access.getParent();
  while ((Node.isPropertyAccessExpression(parent) || Node.isElementAccessExpression(parent)) && parent.getExpression() === access) {
    access = parent;
    parent = access.getParent();
  }
  if (Node.isCallExpression(parent) && parent.getArguments()[0] === identifier && parent.getExpression().getText() === 'Object.assign') return parent;
  if (access === identifier) return undefined;
  if (Node.isCallExpression(parent) && parent.getExpression() === access) {
    return Node.isPropertyAccessExpression(access) && MUTATING_METHODS.has(access.getName()) ? parent : undefined;
  }
  if (Node.isBinaryExpression(parent) && parent.getLeft() === access && isAssignment(parent.getOperatorToken().getKind())) return parent;
  if (Node.isDeleteExpression(parent) || Node.isPostfixUnaryExpression(parent)) return parent;
  if (Node.isPrefixUnaryExpression(parent) && [SyntaxKind.PlusPlusToken, SyntaxKind.MinusMinusToken].includes(parent.getOperatorToken())) return parent;
  return undefined;
}

function isAssignment(kind: SyntaxKind): boolean {
  return kind >= SyntaxKind.FirstAssignment && kind <= SyntaxKind.LastAssignment;
}
