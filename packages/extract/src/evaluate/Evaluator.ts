import * as core from '@cookie-ledger/core';
import {
  Node,
  SyntaxKind,
  type ArrayLiteralExpression,
  type BinaryExpression,
  type CallExpression,
  type EnumDeclaration,
  type Expression,
  type ElementAccessExpression,
  type Identifier,
  type ObjectLiteralExpression,
  type PrefixUnaryExpression,
  type PropertyAccessExpression,
  type PropertyAssignment,
  type TemplateExpression,
  type VariableDeclaration,
} from 'ts-morph';
import { getShortText } from '../problems/getLocation.js';
import type { Binding } from './Binding.js';
import { Bindings } from './Bindings.js';
import { findMutation } from './findMutation.js';
import type { LoadContext } from './LoadContext.js';
import { NUMBER_OPERATORS, RUNTIME_GLOBALS, SYNTAX_NAMES, isJoinable } from './operators.js';
import { UNKNOWN, ValueOrigins, isObject } from './values.js';

const LITERAL_GLOBALS: Readonly<Record<string, unknown>> = { undefined, NaN, Infinity };

/**
 * Evaluates expressions to plain values without running code: literals, objects and arrays with
 * spreads, `const` identifiers followed across modules, enums, string and number operators,
 * templates without run-time parts, RegExp literals, and `defineCookie(...)` calls. Anything
 * else is reported at its location, with why and what to write instead, and evaluates to {@link UNKNOWN}.
 */
export class Evaluator {
  readonly origins = new ValueOrigins();
  readonly bindings: Bindings;
  private readonly memo = new Map<Node, unknown>();
  private readonly evaluating = new Set<Node>();

  constructor(private readonly context: LoadContext) {
    this.bindings = new Bindings(context);
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
    if (Node.isTemplateExpression(node)) return this.evaluateTemplate(node);
    if (Node.isObjectLiteralExpression(node)) return this.evaluateObject(node);
    if (Node.isArrayLiteralExpression(node)) return this.evaluateArray(node);
    if (Node.isIdentifier(node)) return this.evaluateIdentifier(node);
    if (Node.isPropertyAccessExpression(node) || Node.isElementAccessExpression(node)) return this.evaluateAccess(node);
    if (Node.isCallExpression(node)) return this.evaluateCall(node);
    if (Node.isNewExpression(node) && node.getExpression().getText() === 'RegExp') return this.evaluateRegExp(node.getArguments() as Expression[], node);
    if (Node.isBinaryExpression(node)) return this.evaluateBinary(node);
    if (Node.isPrefixUnaryExpression(node)) return this.evaluatePrefix(node);
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

  private unsupported(node: Node): typeof UNKNOWN {
    const detail = SYNTAX_NAMES[node.getKind()] ?? `a ${node.getKindName()}`;
    this.context.problems.add(detail === 'import.meta or new.target' ? 'runtime-value' : 'unsupported-syntax', node, { text: getShortText(node), detail });
    return UNKNOWN;
  }

  private evaluateTemplate(node: TemplateExpression): unknown {
    let text = node.getHead().getLiteralText();
    for (const span of node.getTemplateSpans()) {
      const value = this.evaluate(span.getExpression());
      if (value === UNKNOWN) return UNKNOWN;
      if (!isJoinable(value)) {
        this.context.problems.add('runtime-template', span.getExpression(), { text: getShortText(span.getExpression()) });
        return UNKNOWN;
      }
      text += String(value) + span.getLiteral().getLiteralText();
    }
    return text;
  }

  private evaluateObject(node: ObjectLiteralExpression): unknown {
    const value: Record<string, unknown> = {};
    const members = new Map<string | number, Node>();
    this.origins.set(value, { node, members });
    for (const property of node.getProperties()) {
      if (Node.isPropertyAssignment(property) || Node.isShorthandPropertyAssignment(property)) {
        const key = this.getPropertyKey(property);
        if (key === UNKNOWN) {
          this.origins.markIncomplete(value);
          continue;
        }
        value[key] = Node.isPropertyAssignment(property)
          ? this.evaluate(property.getInitializerOrThrow())
          : this.evaluateIdentifier(property.getNameNode());
        members.set(key, property);
      } else if (Node.isSpreadAssignment(property)) {
        this.spreadInto(value, members, property.getExpression(), property);
      } else {
        this.unsupported(property);
        this.origins.markIncomplete(value);
      }
    }
    return value;
  }

  private getPropertyKey(property: Node): string | typeof UNKNOWN {
    const nameNode = (property as PropertyAssignment).getNameNode();
    if (Node.isComputedPropertyName(nameNode)) {
      const key = this.evaluate(nameNode.getExpression());
      if (key === UNKNOWN) return UNKNOWN;
      if (typeof key === 'string' || typeof key === 'number') return String(key);
      this.context.problems.add('invalid-operand', nameNode, { text: getShortText(nameNode), detail: 'is not a string or number key' });
      return UNKNOWN;
    }
    if (Node.isStringLiteral(nameNode) || Node.isNumericLiteral(nameNode)) return String(nameNode.getLiteralValue());
    return nameNode.getText();
  }

  private spreadInto(target: Record<string, unknown>, members: Map<string | number, Node>, expression: Expression, at: Node): void {
    const source = this.evaluate(expression);
    if (source === UNKNOWN) return this.origins.markIncomplete(target);
    if (source === undefined || source === null) return;
    if (!isObject(source)) {
      this.context.problems.add('invalid-operand', expression, { text: getShortText(expression), detail: 'is spread into an object but is not an object' });
      return this.origins.markIncomplete(target);
    }
    const sourceMembers = this.origins.get(source)?.members;
    for (const [key, member] of Object.entries(source)) {
      target[key] = member;
      members.set(key, sourceMembers?.get(key) ?? sourceMembers?.get(Number(key)) ?? at);
    }
    if (this.origins.isIncomplete(source)) this.origins.markIncomplete(target);
  }

  private evaluateArray(node: ArrayLiteralExpression): unknown {
    const value: unknown[] = [];
    const members = new Map<string | number, Node>();
    this.origins.set(value, { node, members });
    for (const element of node.getElements()) {
      if (Node.isSpreadElement(element)) {
        const source = this.evaluate(element.getExpression());
        if (source === UNKNOWN) {
          this.origins.markIncomplete(value);
        } else if (Array.isArray(source)) {
          const sourceMembers = this.origins.get(source)?.members;
          source.forEach((item, index) => {
            members.set(value.length, sourceMembers?.get(index) ?? element);
            value.push(item);
          });
          if (this.origins.isIncomplete(source)) this.origins.markIncomplete(value);
        } else {
          this.context.problems.add('invalid-operand', element, { text: getShortText(element), detail: 'is spread into an array but is not an array' });
          this.origins.markIncomplete(value);
        }
      } else {
        members.set(value.length, element);
        value.push(Node.isOmittedExpression(element) ? undefined : this.evaluate(element));
      }
    }
    return value;
  }

  private evaluateIdentifier(identifier: Identifier): unknown {
    const binding = this.bindings.resolveIdentifier(identifier);
    return this.evaluateBinding(binding, identifier);
  }

  private evaluateBinding(binding: Binding | { kind: 'destructured' }, at: Node): unknown {
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
        this.context.problems.add('unsupported-syntax', at, { text: name, detail: 'a whole module namespace' });
        return UNKNOWN;
      case 'runtime':
        this.context.problems.add('runtime-binding', at, { name, detail: binding.what });
        return UNKNOWN;
      case 'destructured':
        this.context.problems.add('no-initializer', at, { name });
        return UNKNOWN;
      case 'global':
        if (Object.hasOwn(LITERAL_GLOBALS, name)) return LITERAL_GLOBALS[name];
        this.context.problems.add(RUNTIME_GLOBALS.has(name) ? 'runtime-value' : 'unknown-identifier', at, { name, text: name });
        return UNKNOWN;
      case 'failed':
        return UNKNOWN;
    }
  }

  /** A constant of core (`COOKIE_CATEGORIES`); core's functions are only understood when called. */
  private evaluateDslValue(exportName: string, at: Node): unknown {
    const value = (core as Record<string, unknown>)[exportName];
    if (value === undefined) {
      this.context.problems.add('missing-export', at, { name: exportName, detail: "'@cookie-ledger/core'" });
      return UNKNOWN;
    }
    if (typeof value === 'function') {
      this.context.problems.add('unsupported-syntax', at, { text: at.getText(), detail: 'a function of @cookie-ledger/core used as a value' });
      return UNKNOWN;
    }
    return value;
  }

  private evaluateVariable(declaration: VariableDeclaration): unknown {
    const name = declaration.getName();
    return this.memoized(declaration, name, () => {
      const kind = declaration.getVariableStatement()?.getDeclarationKind();
      if (kind !== 'const') {
        this.context.problems.add('not-const', declaration.getNameNode(), { name });
        return UNKNOWN;
      }
      const initializer = declaration.getInitializer();
      if (!initializer) {
        this.context.problems.add('no-initializer', declaration.getNameNode(), { name });
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
      this.context.problems.add('mutated-value', mutation, { name, detail: `line ${line}: \`${getShortText(mutation)}\`` });
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
      this.context.problems.add('circular-reference', node, { name });
      return UNKNOWN;
    }
    this.evaluating.add(node);
    const value = evaluate();
    this.evaluating.delete(node);
    this.memo.set(node, value);
    return value;
  }

  private evaluateAccess(node: PropertyAccessExpression | ElementAccessExpression): unknown {
    const object = node.getExpression();
    if (Node.isIdentifier(object)) {
      const binding = this.bindings.resolveIdentifier(object);
      if (binding.kind === 'global' && RUNTIME_GLOBALS.has(object.getText())) {
        this.context.problems.add('runtime-value', node, { text: getShortText(node) });
        return UNKNOWN;
      }
      if (binding.kind === 'namespace' || binding.kind === 'dsl-namespace') return this.evaluateNamespaceMember(binding, node);
    }
    const value = this.evaluate(object);
    const key = Node.isPropertyAccessExpression(node) ? node.getName() : this.evaluate(node.getArgumentExpressionOrThrow());
    if (value === UNKNOWN || key === UNKNOWN) return UNKNOWN;
    if (value === undefined || value === null) {
      this.context.problems.add('invalid-operand', node, { text: getShortText(node), detail: `reads a property of ${String(value)}` });
      return UNKNOWN;
    }
    if (typeof key !== 'string' && typeof key !== 'number') {
      this.context.problems.add('invalid-operand', node, { text: getShortText(node), detail: 'uses a key that is not a string or a number' });
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
    this.context.problems.add('missing-export', node, { name: exportName, detail: `'${binding.file.getFilePath()}'` });
    return UNKNOWN;
  }

  private evaluateCall(node: CallExpression): unknown {
    const dslFunction = this.getDslFunction(node.getExpression());
    if (dslFunction === 'defineCookie' && node.getArguments().length === 1) {
      const value = this.evaluate(node.getArguments()[0] as Expression);
      if (isObject(value)) this.origins.setDeclaration(value, node);
      return value;
    }
    const code = dslFunction === 'defineCookiePolicy' ? 'misplaced-policy' : 'unsupported-call';
    this.context.problems.add(code, node, { text: getShortText(node) });
    return UNKNOWN;
  }

  private evaluateRegExp(args: Expression[], node: Node): unknown {
    const [pattern, flags] = args.map((arg) => this.evaluate(arg));
    if (pattern === UNKNOWN || flags === UNKNOWN) return UNKNOWN;
    if (typeof pattern !== 'string' || (flags !== undefined && typeof flags !== 'string')) return this.unsupported(node);
    try {
      return new RegExp(pattern, flags);
    } catch (error) {
      this.context.problems.add('invalid-operand', node, { text: getShortText(node), detail: `is not a valid RegExp (${(error as Error).message})` });
      return UNKNOWN;
    }
  }

  private evaluateBinary(node: BinaryExpression): unknown {
    const operator = node.getOperatorToken().getKind();
    const numberOperator = NUMBER_OPERATORS[operator];
    if (operator !== SyntaxKind.PlusToken && !numberOperator) return this.unsupported(node);
    const left = this.evaluate(node.getLeft());
    const right = this.evaluate(node.getRight());
    if (left === UNKNOWN || right === UNKNOWN) return UNKNOWN;
    if (typeof left === 'number' && typeof right === 'number') return numberOperator ? numberOperator(left, right) : left + right;
    if (!numberOperator && isJoinable(left) && isJoinable(right) && (typeof left === 'string' || typeof right === 'string')) {
      return String(left) + String(right);
    }
    this.context.problems.add('invalid-operand', node, {
      text: getShortText(node),
      detail: numberOperator ? 'needs two numbers' : 'joins values that are not strings or numbers',
    });
    return UNKNOWN;
  }

  private evaluatePrefix(node: PrefixUnaryExpression): unknown {
    const operator = node.getOperatorToken();
    if (![SyntaxKind.MinusToken, SyntaxKind.PlusToken, SyntaxKind.ExclamationToken].includes(operator)) return this.unsupported(node);
    const operand = this.evaluate(node.getOperand());
    if (operand === UNKNOWN) return UNKNOWN;
    if (operator === SyntaxKind.ExclamationToken) return !operand;
    if (typeof operand !== 'number') {
      this.context.problems.add('invalid-operand', node, { text: getShortText(node), detail: 'needs a number' });
      return UNKNOWN;
    }
    return operator === SyntaxKind.MinusToken ? -operand : operand;
  }
}
