/** A run of a string the rule cannot know statically. */
export const UNKNOWN = null;

/** A string as far as it is known: known texts and unknown runs, in order (`['_ga_', UNKNOWN]`). */
export type StringShape = readonly (string | typeof UNKNOWN)[];

/** The alternatives a string expression may take (`a ? 'x' : 'y'` has two). Never empty. */
export type StringShapes = readonly StringShape[];

/** Beyond this many alternatives the rule stops enumerating and treats the value as unknown. */
export const MAX_ALTERNATIVES = 16;

/** A string of which nothing is known. */
export const UNKNOWN_SHAPES: StringShapes = [[UNKNOWN]];

/** Joins parts, merging neighbouring texts and neighbouring unknowns. */
export function normalizeShape(parts: StringShape): StringShape {
  const result: (string | null)[] = [];
  for (const part of parts) {
    const last = result.at(-1);
    if (part === '') continue;
    if (part === UNKNOWN) {
      if (result.length === 0 || last !== UNKNOWN) result.push(UNKNOWN);
    } else if (typeof last === 'string') {
      result[result.length - 1] = last + part;
    } else {
      result.push(part);
    }
  }
  return result;
}

/** Every concatenation of one alternative of each piece, or unknown past {@link MAX_ALTERNATIVES}. */
export function concatShapes(pieces: readonly StringShapes[]): StringShapes {
  let combined: StringShape[] = [[]];
  for (const piece of pieces) {
    if (combined.length * piece.length > MAX_ALTERNATIVES) return UNKNOWN_SHAPES;
    combined = combined.flatMap((head) => piece.map((tail) => normalizeShape([...head, ...tail])));
  }
  return combined.map((shape) => (shape.length === 0 ? [''] : shape));
}

/** The alternatives of both, without duplicates, or unknown past {@link MAX_ALTERNATIVES}. */
type Around = { readonly prefix: string; readonly suffix: string; readonly rest?: boolean };

/**
 * The shapes with known text before and after each (posthog's `ph_` and `_posthog` around its
 * token); as they are without `around`. A list of surroundings gives one name per surrounding
 * (Intercom's `intercom-id-<app>` and `intercom-session-<app>`).
 */
export function surroundShapes(shapes: StringShapes, around: Around | readonly Around[] | undefined): StringShapes {
  if (!around) return shapes;
  const list: readonly Around[] = 'prefix' in around ? [around] : around;
  return unionShapes(...list.map(({ prefix, suffix, rest }) => concatShapes([[[prefix]], shapes, [rest ? [suffix, UNKNOWN] : [suffix]]])));
}

export function unionShapes(...all: readonly StringShapes[]): StringShapes {
  const seen = new Map<string, StringShape>();
  for (const shape of all.flat()) seen.set(JSON.stringify(shape), shape);
  return seen.size > MAX_ALTERNATIVES ? UNKNOWN_SHAPES : [...seen.values()];
}

/**
 * The shapes with their known texts lowercased, as a library that lowercases a name stores it.
 * A wrapper's parameter placeholder (a private-use run, see writes/parameterPlaceholder.ts) is
 * kept as it is: its caller's name is not lowercased.
 */
export function lowercaseShapes(shapes: StringShapes): StringShapes {
  return mapKnownText(shapes, (text) => text.toLowerCase());
}

/** The shapes with `change` applied to each run of known text; parameter placeholders and unknown runs are kept as they are. */
export function mapKnownText(shapes: StringShapes, change: (text: string) => string): StringShapes {
  const apply = (text: string) => text.replace(/\uE000[^\uE000]*\uE000|[^\uE000]+/g, (run) => (run.startsWith('\uE000') ? run : change(run)));
  return shapes.map((shape) => shape.map((part) => (part === UNKNOWN ? UNKNOWN : apply(part))));
}

/** The shapes cut to their first `length` characters (Amplitude's `apiKey.substring(0, 10)`); past an unknown run, the rest stays unknown. */
export function truncateShapes(shapes: StringShapes, length: number): StringShapes {
  return unionShapes(
    ...shapes.map((shape): StringShapes => {
      const parts: (string | typeof UNKNOWN)[] = [];
      let left = length;
      for (const part of shape) {
        if (left === 0) break;
        if (part === UNKNOWN) {
          parts.push(UNKNOWN);
          break;
        }
        parts.push(part.slice(0, left));
        left -= Math.min(left, part.length);
      }
      return [normalizeShape(parts)];
    }),
  );
}

/** The text of a shape when it is fully known. */
export function getKnownText(shape: StringShape): string | undefined {
  return shape.every((part) => part !== UNKNOWN) ? shape.join('') : undefined;
}

/** The known text before the first unknown run and after the last one (`['_ga_', UNKNOWN]` → `_ga_`, ``). */
export function getKnownEnds(shape: StringShape): { readonly prefix: string; readonly suffix: string } {
  const first = shape[0];
  const last = shape.at(-1);
  return {
    prefix: typeof first === 'string' ? first : '',
    suffix: shape.length > 1 && typeof last === 'string' ? last : '',
  };
}

/**
 * The shapes without those that are another shape with some unknown runs left empty: for
 * `` `${user ?? ''}-${key || ''}` `` the shapes `…-`, `-…` and `-` say nothing `…-…` does not,
 * and each would be one more report on the same call.
 */
export function dropEmptiedVariants(shapes: StringShapes): StringShapes {
  const keys = new Set(shapes.map((shape) => JSON.stringify(shape)));
  const emptied = new Set<string>();
  for (const shape of shapes) {
    const unknowns = shape.flatMap((part, index) => (part === UNKNOWN ? [index] : []));
    if (unknowns.length === 0 || unknowns.length > 6) continue;
    // Every non-empty subset of the unknown runs, left empty.
    for (let mask = 1; mask < 1 << unknowns.length; mask++) {
      const left = shape.filter((_, index) => !unknowns.some((at, bit) => at === index && mask & (1 << bit)));
      const variant = normalizeShape(left);
      const key = JSON.stringify(variant.length === 0 ? [''] : variant);
      if (keys.has(key)) emptied.add(key);
    }
  }
  return emptied.size === 0 ? shapes : shapes.filter((shape) => !emptied.has(JSON.stringify(shape)));
}
