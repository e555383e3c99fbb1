import type { CallExpression, SourceFile } from 'ts-morph';
import { Node } from '../project/tsMorph.js';
import type { Evaluator } from '../evaluate/Evaluator.js';
import { getShortText } from '../problems/getLocation.js';
import { EXTRACT_MESSAGES } from '../problems/messages.js';
import type { ProblemCollector } from '../problems/ProblemCollector.js';

/**
 * The `defineCookiePolicy(...)` call a policy module exports by default, written inline or held
 * in a `const` (also through `export { policy as default }` or a re-export); reports a missing
 * or wrong default export otherwise.
 */
export function findPolicyCall(file: SourceFile, evaluator: Evaluator, problems: ProblemCollector): CallExpression | undefined {
  const binding = evaluator.bindings.findExport(file, 'default');
  if (!binding) {
    const location = { file: file.getFilePath(), line: 1, column: 1 };
    problems.addAt('missing-default-export', location, EXTRACT_MESSAGES['missing-default-export']());
    return undefined;
  }
  if (binding.kind === 'failed') return undefined;
  const expression =
    binding.kind === 'expression' ? binding.expression : binding.kind === 'variable' ? binding.declaration.getInitializer() : undefined;
  const call = expression && unwrap(expression);
  if (Node.isCallExpression(call) && evaluator.getDslFunction(call.getExpression()) === 'defineCookiePolicy') return call;
  const at = expression ?? findDefaultExportStatement(file) ?? file;
  problems.add('default-export-not-policy', at, { text: getShortText(at) });
  return undefined;
}

function unwrap(node: Node): Node {
  if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isNonNullExpression(node)) {
    return unwrap(node.getExpression());
  }
  return node;
}

/** The statement that writes the default export, to point at when it is not a policy. */
function findDefaultExportStatement(file: SourceFile): Node | undefined {
  return file.getStatements().find(
    (statement) =>
      Node.isExportAssignment(statement) ||
      (Node.isModifierable(statement) && statement.hasModifier('default')) ||
      (Node.isExportDeclaration(statement) && statement.getNamedExports().some((named) => named.getAliasNode()?.getText() === 'default')),
  );
}
