import * as core from '@cookie-ledger/core';
import type {
  CallExpression,
  EnumDeclaration,
  Expression,
  ElementAccessExpression,
  Identifier,
  PropertyAccessExpression,
  VariableDeclaration,
} from 'ts-morph';
import { Node } from '../project/tsMorph.js';
import { getShortText } from '../problems/getLocation.js';
import type { Binding } from './Binding.js';
import { Bindings } from './Bindings.js';
import { findMutation } from './findMutation.js';
import type { LoadContext } from './LoadContext.js';
import type { EvaluationHost } from './EvaluationHost.js';
import { evaluateArray, evaluateObject } from './evaluateLiterals.js';
import { evaluateBinary, evaluatePrefix, evaluateRegExp, evaluateTemplate } from './evaluateOperators.js';
import { RUNTIME_GLOBALS, describeSyntax } from './operators.js';
import type { ProblemCollector } from '../problems/ProblemCollector.js';
import { UNKNOWN, ValueOrigins, isObject } from './values.js';

const LITERAL_GLOBALS: Readonly<Record<string, unknown>> = { undefined, NaN, Infinity };

/**
 * Evaluates expressions to plain values without running code: literals, objects and arrays with
 * spreads, `const` identifiers followed across modules, enums, string and number operators,
 * templates without run-time parts, RegExp literals, and `defineCookie(...)` calls. Anything
 * else is reported at its location, with why and what to write instead, and evaluates to {@link UNKNOWN}.
 */
export class Evaluator implements EvaluationHost {
  readonly origins = new ValueOrigins();
  readonly bindings: Bindings;
  readonly problems: ProblemCollector;
  private readonly memo = new Map<Node, unknown>();
  private readonly evaluating = new Set<Node>();

  constructor(context: LoadContext) {
    this.bindings = new Bindings(context);
    this.problems = context.problems;
  }

  evaluate(node: Expression): unknown {
    if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isNonNullExpression(node) || Node.isTypeAssertion(node)) {
      return this.evaluate(node.getExpression());
    }
    if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
    if (Node.isNumericLiteral(node)) return node.getLiteralValue();
    if (Node.isRegularExpressionLiteral(node)) return node.getLiteralValue();
    if (Node.isTrueLiteral(node) || Node.isFalseLiteral(node)) return node.getLiteralValue();
    if (Node.isNullLiteral(node)) return null;
    if (Node.isTemplateExpression(node)) return evaluateTemplate(this, node);
    if (Node.isObjectLiteralExpression(node)) return evaluateObject(this, node);
    if (Node.isArrayLiteralExpression(node)) return evaluateArray(this, node);
    if (Node.isIdentifier(node)) return this.evaluateIdentifier(node);
    if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) return this.evaluateAccess(node);
    if (Node.isCallExpression(node)) return this.evaluateCall(node);
    if (Node.isNewExpression(node) && node.getExpression().getText() === 'RegExp') return evaluateRegExp(this, node.getArguments() as Expression[], node);
    if (Node.isBinaryExpression(node)) return evaluateBinary(this, node);
    if (Node.isPrefixUnaryExpression(node)) return evaluatePrefix(this, node);
    return this.unsupported(node);
  }

  /** The DSL function a callee names (`defineCookie`, however imported or renamed), or undefined. */
  getDslFunction(callee: Node): string | undefined {
    const target = Node.isParenthesizedExpression(callee) || Node.isNonNullExpression(callee) ? callee.getExpression() : callee;
    if (Node.isIdentifier(target)) {
      const binding = this.bindings.resolveIdentifier(target);
      return binding.kind === 'dsl' ? binding.name : undefined;
    }
    if (Node.isPropertyAccessExpression(target)) {
      const object = target.getExpression();
      if (Node.isIdentifier(object) && this.bindings.resolveIdentifier(object).kind === 'dsl-namespace') return target.getName();
    }
    return undefined;
  }

  unsupported(node: Node): typeof UNKNOWN {
    const detail = describeSyntax(node.getKind()) ?? `a ${node.getKindName()}`;
    this.problems.add(detail === 'import.meta or new.target' ? 'runtime-value' : 'unsupported-syntax', node, { text: getShortText(node), detail });
    return UNKNOWN;
  }

  evaluateIdentifier(identifier: Identifier): unknown {
    const binding = this.bindings.resolveIdentifier(identifier);
    return this.evaluateBinding(binding, identifier);
  }

  private evaluateBinding(binding: Binding, at: Node): unknown {
    const name = at.getText();
    switch (binding.kind) {
      case 'variable':
        return this.evaluateVariable(binding.declaration);
      case 'enum':
        return this.evaluateEnum(binding.declaration);
      case 'expression':
        return this.memoized(binding.expression, name, () => this.evaluate(binding.expression));
      case 'dsl':
        return this.evaluateDslValue(binding.name, at);
      case 'dsl-namespace':
      case 'namespace':
        this.problems.add('unsupported-syntax', at, { text: name, detail: 'a whole module namespace' });
        return UNKNOWN;
      case 'runtime':
        this.problems.add('runtime-binding', at, { name, detail: binding.what });
        return UNKNOWN;
      case 'destructured':
        this.problems.add('no-initializer', at, { name });
        return UNKNOWN;
      case 'global':
        if (Object.hasOwn(LITERAL_GLOBALS, name)) return LITERAL_GLOBALS[name];
        this.problems.add(RUNTIME_GLOBALS.has(name) ? 'runtime-value' : 'unknown-identifier', at, { name, text: name });
        return UNKNOWN;
      case 'failed':
        return UNKNOWN;
    }
  }

  /** A constant of core (`COOKIE_CATEGORIES`); core's functions are only understood when called. */
  private evaluateDslValue(exportName: string, at: Node): unknown {
    const value = (core as Record<string, unknown>)[exportName];
    if (value === undefined) {
      this.problems.add('missing-export', at, { name: exportName, detail: "'@cookie-ledger/core'" });
      return UNKNOWN;
    }
    if (typeof value === 'function') {
      this.problems.add('unsupported-syntax', at, { text: at.getText(), detail: 'a function of @cookie-ledger/core used as a value' });
      return UNKNOWN;
    }
    return value;
  }

  private evaluateVariable(declaration: VariableDeclaration): unknown {
    const name = declaration.getName();
    return this.memoized(declaration, name, () => {
      const kind = declaration.getVariableStatement()?.getDeclarationKind();
      if (kind !== 'const') {
        this.problems.add('not-const', declaration.getNameNode(), { name });
        return UNKNOWN;
      }
      const initializer = declaration.getInitializer();
      if (!initializer) {
        this.problems.add('no-initializer', declaration.getNameNode(), { name });
        return UNKNOWN;
      }
      const value = this.evaluate(initializer);
      if (!isObject(value)) return value;
      const mutation = findMutation(declaration, (identifier) => {
        const binding = this.bindings.resolveIdentifier(identifier as Identifier);
        return binding.kind === 'variable' && binding.declaration === declaration;
      });
      if (!mutation) return value;
      const { line } = mutation.getSourceFile().getLineAndColumnAtPos(mutation.getStart());
      this.problems.add('mutated-value', mutation, { name, detail: `line ${line}: \`${getShortText(mutation)}\`` });
      return UNKNOWN;
    });
  }

  private evaluateEnum(declaration: EnumDeclaration): unknown {
    return this.memoized(declaration, declaration.getName(), () => {
      const value: Record<string, unknown> = {};
      const members = new Map<string | number, Node>();
      this.origins.set(value, { node: declaration, members });
      let next: unknown = 0;
      for (const member of declaration.getMembers()) {
        const initializer = member.getInitializer();
        const memberValue = initializer ? this.evaluate(initializer) : next;
        value[member.getName()] = memberValue;
        members.set(member.getName(), member);
        next = typeof memberValue === 'number' ? memberValue + 1 : undefined;
      }
      return value;
    });
  }

  private memoized(node: Node, name: string, evaluate: () => unknown): unknown {
    if (this.memo.has(node)) return this.memo.get(node);
    if (this.evaluating.has(node)) {
      this.problems.add('circular-reference', node, { name });
      return UNKNOWN;
    }
    this.evaluating.add(node);
    const value = evaluate();
    this.evaluating.delete(node);
    this.memo.set(node, value);
    return value;
  }

  private evaluateAccess(node: PropertyAccessExpression | ElementAccessExpression): unknown {
    if (this.readsRuntimeGlobal(node)) {
      this.problems.add('runtime-value', node, { text: getShortText(node) });
      return UNKNOWN;
    }
    const object = node.getExpression();
    if (Node.isIdentifier(object)) {
      const binding = this.bindings.resolveIdentifier(object);
      if (binding.kind === 'namespace' || binding.kind === 'dsl-namespace') return this.evaluateNamespaceMember(binding, node);
    }
    const value = this.evaluate(object);
    const key = Node.isPropertyAccessExpression(node) ? node.getName() : this.evaluate(node.getArgumentExpressionOrThrow());
    if (value === UNKNOWN || key === UNKNOWN) return UNKNOWN;
    if (value === undefined || value === null) {
      this.problems.add('invalid-operand', node, { text: getShortText(node), detail: `reads a property of ${String(value)}` });
      return UNKNOWN;
    }
    if (typeof key !== 'string' && typeof key !== 'number') {
      this.problems.add('invalid-operand', node, { text: getShortText(node), detail: 'uses a key that is not a string or a number' });
      return UNKNOWN;
    }
    if (typeof value === 'string' || Array.isArray(value)) return key === 'length' ? value.length : value[Number(key)];
    return Object.hasOwn(value as object, key) ? (value as Record<string, unknown>)[key] : undefined;
  }

  private evaluateNamespaceMember(
    binding: Extract<Binding, { kind: 'namespace' | 'dsl-namespace' }>,
    node: PropertyAccessExpression | ElementAccessExpression,
  ): unknown {
    const exportName = Node.isPropertyAccessExpression(node) ? node.getName() : this.evaluate(node.getArgumentExpressionOrThrow());
    if (typeof exportName !== 'string') return exportName === UNKNOWN ? UNKNOWN : this.unsupported(node);
    if (binding.kind === 'dsl-namespace') return this.evaluateDslValue(exportName, node);
    const found = this.bindings.findExport(binding.file, exportName);
    if (found) return this.evaluateBinding(found, node);
    this.problems.add('missing-export', node, { name: exportName, detail: `'${binding.file.getFilePath()}'` });
    return UNKNOWN;
  }

  /** Whether an access or call chain starts at a global that only exists at run time (`process.env.X`, `Date.now()`). */
  private readsRuntimeGlobal(node: Node): boolean {
    let root = node;
    while (Node.isPropertyAccessExpression(root) || Node.isElementAccessExpression(root) || Node.isCallExpression(root)) root = root.getExpression();
    return Node.isIdentifier(root) && RUNTIME_GLOBALS.has(root.getText()) && this.bindings.resolveIdentifier(root).kind === 'global';
  }

  private evaluateCall(node: CallExpression): unknown {
    if (this.readsRuntimeGlobal(node)) {
      this.problems.add('runtime-value', node, { text: getShortText(node) });
      return UNKNOWN;
    }
    const dslFunction = this.getDslFunction(node.getExpression());
    if (dslFunction === 'defineCookie') {
      // Like the function itself: the first argument is the declaration (core reports a missing one).
      const argument = node.getArguments()[0] as Expression | undefined;
      const value = argument ? this.evaluate(argument) : undefined;
      if (isObject(value)) this.origins.setDeclaration(value, node);
      return value;
    }
    const code = dslFunction === 'defineCookiePolicy' ? 'misplaced-policy' : 'unsupported-call';
    this.problems.add(code, node, { text: getShortText(node) });
    return UNKNOWN;
  }
}
