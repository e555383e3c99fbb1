import type { PolicyIssue } from '@cookie-ledger/core';
import { UNKNOWN, isObject, type ValueOrigins } from '../evaluate/values.js';

type Path = readonly (string | number)[];

/** A part of a policy input the evaluator could not know (the reason is already reported). */
export interface UnknownPart {
  readonly path: Path;
  /** `value`: the value itself is unknown; `members`: an object or list lacks members it could not know (a spread). */
  readonly kind: 'value' | 'members';
}

/** Problems that compare declarations with each other: a list with unknown members may cause or hide them. */
const LIST_WIDE_CODES: ReadonlySet<string> = new Set(['duplicate-name', 'overlapping-patterns']);

/** Every unknown part of a policy input. */
export function findUnknownParts(value: unknown, origins: ValueOrigins, path: Path = [], seen = new Set<object>()): UnknownPart[] {
  if (value === UNKNOWN) return [{ path, kind: 'value' }];
  if (!isObject(value) || seen.has(value)) return [];
  seen.add(value);
  const own: UnknownPart[] = origins.isIncomplete(value) ? [{ path, kind: 'members' }] : [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return [...own, ...entries.flatMap(([key, item]) => findUnknownParts(item, origins, [...path, key], seen))];
}

/**
 * Whether a validation problem may only be a consequence of an unknown part, and is left to the
 * evaluator's report. Core checks a declaration as a whole (consent rules read several fields),
 * so any unknown inside a declaration silences that declaration; a list or policy object with
 * unknown members silences its own fields and the checks that compare declarations, not the
 * declarations it does know.
 */
export function isCausedByUnknown(issue: PolicyIssue, unknownParts: readonly UnknownPart[]): boolean {
  return unknownParts.some((part) => {
    if (part.kind === 'value' || isDeclarationPath(part.path)) return overlap(getScope(issue.pathSegments), getScope(part.path));
    if (!overlap(issue.pathSegments, part.path) || issue.pathSegments.length < part.path.length) return false;
    const depth = issue.pathSegments.length - part.path.length;
    const intoDeclaration = typeof issue.pathSegments[part.path.length] === 'number';
    return LIST_WIDE_CODES.has(issue.code) || depth === 0 || (depth === 1 && !intoDeclaration);
  });
}

/** `cookies[2]` for anything inside a declaration, else the policy field. */
function getScope(path: Path): Path {
  return isDeclarationPath(path) ? path.slice(0, 2) : path.slice(0, 1);
}

function isDeclarationPath(path: Path): boolean {
  return path[0] === 'cookies' && typeof path[1] === 'number';
}

/** Whether one path is a prefix of the other. */
function overlap(a: Path, b: Path): boolean {
  return a.slice(0, Math.min(a.length, b.length)).every((segment, index) => segment === b[index]);
}
