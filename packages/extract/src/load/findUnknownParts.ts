import { UNKNOWN, isObject, type ValueOrigins } from '../evaluate/values.js';

type Path = readonly (string | number)[];

/** The paths of the values the evaluator could not know (already reported), inside a policy input. */
export function findUnknownPaths(value: unknown, origins: ValueOrigins, path: Path = [], seen = new Set<object>()): Path[] {
  if (value === UNKNOWN) return [path];
  if (!isObject(value) || seen.has(value)) return [];
  seen.add(value);
  const own = origins.isIncomplete(value) ? [path] : [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return [...own, ...entries.flatMap(([key, item]) => findUnknownPaths(item, origins, [...path, key], seen))];
}

/**
 * Whether a validation problem may only be a consequence of an unknown value: core checks a
 * declaration as a whole (consent rules read several fields), so a declaration with any unknown
 * part, or a policy field that is unknown, has its problems left to the evaluator's report.
 */
export function isCausedByUnknown(issuePath: Path, unknownPaths: readonly Path[]): boolean {
  const scope = getScope(issuePath);
  return unknownPaths.some((unknown) => {
    const unknownScope = getScope(unknown);
    const length = Math.min(scope.length, unknownScope.length);
    return scope.slice(0, length).every((segment, index) => segment === unknownScope[index]);
  });
}

/** `cookies[2]` for anything inside a declaration, else the policy field. */
function getScope(path: Path): Path {
  return path[0] === 'cookies' && typeof path[1] === 'number' ? path.slice(0, 2) : path.slice(0, 1);
}
