import type { TSESTree } from '@typescript-eslint/utils';
import { type ModuleContext, getMemberName, unwrapExpression } from '../names/bindings.js';
import { findValue } from '../names/resolveString.js';
import { readMovedDate } from './movedDate.js';

const MAX_DEPTH = 16;

/**
 * The number an expression evaluates to when the source fixes it: numeric literals, arithmetic
 * (`365 * 24 * 60 * 60 * 1000`), and constants of this file or imported ones. Undefined otherwise.
 */
export function resolveNumber(raw: TSESTree.Node, module: ModuleContext, depth = 0): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(raw);
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'number' ? node.value : typeof node.value === 'string' && node.value.trim() !== '' && Number.isFinite(Number(node.value)) ? Number(node.value) : undefined;
    case 'UnaryExpression': {
      const value = resolveNumber(node.argument, module, depth + 1);
      return value === undefined ? undefined : node.operator === '-' ? -value : node.operator === '+' ? value : undefined;
    }
    case 'BinaryExpression': {
      if (node.left.type === 'PrivateIdentifier') return undefined;
      const left = resolveNumber(node.left, module, depth + 1);
      const right = left === undefined ? undefined : resolveNumber(node.right, module, depth + 1);
      if (left === undefined || right === undefined) return undefined;
      switch (node.operator) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/':
          return left / right;
        case '**':
          return left ** right;
        default:
          return undefined;
      }
    }
    case 'Identifier':
      if (node.name === 'Infinity' && module.lookup(node).kind === 'global') return Number.POSITIVE_INFINITY;
      return resolveFound(node, module, depth);
    case 'MemberExpression':
      return resolveFound(node, module, depth);
    default:
      return undefined;
  }
}

function resolveFound(node: TSESTree.Node, module: ModuleContext, depth: number): number | undefined {
  const found = findValue(node, module, depth + 1);
  if (!found || 'namespace' in found || found.node === node) return undefined;
  return resolveNumber(found.node, found.module, depth + 1);
}

/**
 * How many milliseconds after now a date expression lies, when it is written as an offset from
 * now: `new Date(Date.now() + ms)`, `Date.now() + ms` or `- ms` (with `epochOffset`), and the same through
 * constants and `.toUTCString()`, or a date made as now and moved ({@link readMovedDate}). Undefined
 * otherwise (an absolute date cannot be compared).
 */
export function resolveDateOffset(raw: TSESTree.Node, module: ModuleContext, epochOffset = false, depth = 0): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(raw);
  if (node.type === 'NewExpression' && isGlobal(node.callee, 'Date', module) && node.arguments.length === 1) {
    return resolveDateOffset(node.arguments[0]!, module, true, depth + 1);
  }
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && ['toUTCString', 'toGMTString', 'toISOString', 'toString'].includes(getMemberName(node.callee) ?? '')) {
    return resolveDateOffset(node.callee.object, module, false, depth + 1);
  }
  if (epochOffset && node.type === 'BinaryExpression' && node.operator === '+') {
    if (isNow(node.left, module)) return resolveNumber(node.right, module, depth + 1);
    if (isNow(node.right, module)) return resolveNumber(node.left, module, depth + 1);
    return undefined;
  }
  if (epochOffset && node.type === 'BinaryExpression' && node.operator === '-' && isNow(node.left, module)) {
    const before = resolveNumber(node.right, module, depth + 1);
    return before === undefined ? undefined : -before;
  }
  if (node.type === 'Identifier' && !epochOffset) {
    const moved = readMovedDate(node, module, depth + 1);
    if (moved !== undefined) return moved;
  }
  if (node.type === 'Identifier' || node.type === 'MemberExpression') {
    const found = findValue(node, module, depth + 1);
    if (!found || 'namespace' in found || found.node === node) return undefined;
    return resolveDateOffset(found.node, found.module, epochOffset, depth + 1);
  }
  return undefined;
}

/** `Date.now()` or `new Date().getTime()`. */
function isNow(raw: TSESTree.Node, module: ModuleContext): boolean {
  const node = unwrapExpression(raw);
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return false;
  const method = getMemberName(node.callee);
  const object = unwrapExpression(node.callee.object);
  if (method === 'now') return isGlobal(object, 'Date', module);
  return method === 'getTime' && object.type === 'NewExpression' && object.arguments.length === 0 && isGlobal(object.callee, 'Date', module);
}

function isGlobal(node: TSESTree.Node, name: string, module: ModuleContext): boolean {
  return node.type === 'Identifier' && node.name === name && module.lookup(node).kind === 'global';
}
