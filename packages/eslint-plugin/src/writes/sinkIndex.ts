import type { TSESTree } from '@typescript-eslint/utils';
import { getMemberName } from '../names/bindings.js';
import type { Sink, SinkFamily, ValueSpec } from '../sinks/types.js';

/** A sink with the family it belongs to. */
export interface SinkEntry {
  readonly family: SinkFamily;
  readonly sink: Sink;
}

/** The catalogue arranged for cheap look-ups while walking a file. */
export interface SinkIndex {
  /** Matches a file's text when some sink could possibly occur in it (tested once per file, before any walk). */
  readonly trigger: RegExp;
  /** Call and `new` sinks by the callee's last name: `'.set'` for `x.set(...)`, `'()'` for a plain identifier callee. */
  readonly calls: ReadonlyMap<string, readonly SinkEntry[]>;
  /** Assignment sinks by property name (`cookie`). */
  readonly assignments: ReadonlyMap<string, readonly SinkEntry[]>;
  /** Sinks where any property assigned is a name (`localStorage.theme = v`). */
  readonly keyAssignments: readonly SinkEntry[];
  /** Serializers, whose result names a cookie when it is written. */
  readonly serializers: readonly SinkEntry[];
  /** Components that store an item when rendered. */
  readonly elements: readonly SinkEntry[];
  /** Configuration sinks whose options object is known by its declared type wherever it is written. */
  readonly typedOptions: readonly SinkEntry[];
}

/** Key of calls whose callee is a plain identifier (an import, a destructured setter, ...). */
export const IDENTIFIER_CALLEE = '()';

/** The key `calls` files a call's sinks under: `'.set'` for `x.set(...)`, {@link IDENTIFIER_CALLEE} for `f(...)` and `super(...)`. */
export function getCallKey(callee: TSESTree.Node): string | undefined {
  if (callee.type === 'Identifier' || callee.type === 'Super') return IDENTIFIER_CALLEE;
  return callee.type === 'MemberExpression' ? `.${getMemberName(callee) ?? ''}` : undefined;
}

/** Indexes families by the names their callees can end with, and compiles their trigger words into one RegExp. */
export function createSinkIndex(families: readonly SinkFamily[]): SinkIndex {
  const calls = new Map<string, SinkEntry[]>();
  const assignments = new Map<string, SinkEntry[]>();
  const serializers: SinkEntry[] = [];
  const keyAssignments: SinkEntry[] = [];
  const elements: SinkEntry[] = [];
  const typedOptions: SinkEntry[] = [];
  const add = (map: Map<string, SinkEntry[]>, key: string, entry: SinkEntry): void => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const family of families) {
    for (const sink of family.sinks) {
      const entry = { family, sink };
      if (sink.kind === 'assignment') add(assignments, sink.property, entry);
      else if (sink.kind === 'serializer') serializers.push(entry);
      else if (sink.kind === 'keyAssignment') keyAssignments.push(entry);
      else if (sink.kind === 'element') elements.push(entry);
      else for (const key of getCalleeKeys(sink.callee)) add(calls, key, entry);
      if (sink.kind === 'config' && sink.optionsType) typedOptions.push(entry);
    }
  }
  return { trigger: compileTriggers(families.flatMap((family) => family.triggers)), calls, assignments, keyAssignments, serializers, elements, typedOptions };
}

/** One case-insensitive RegExp for every trigger word, leaving out words that contain a shorter one (`js-cookie` when `cookie` is there). */
function compileTriggers(triggers: readonly string[]): RegExp {
  const words = [...new Set(triggers.map((word) => word.toLowerCase()))];
  const needed = words.filter((word) => !words.some((other) => other !== word && word.includes(other)));
  return new RegExp(toPrefixTree(needed), 'i');
}

// Every file's text is tested: words that share a first letter are grouped under it (`c(?:ookie|olormode)`),
// which V8 scans about three times faster than a flat list of 41 words. No word is a prefix of another.
function toPrefixTree(words: readonly string[]): string {
  if (words.includes('')) return '';
  const byFirst = new Map<string, string[]>();
  for (const word of words) byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word.slice(1)]);
  return [...byFirst]
    .map(([first, rests]) => escapeRegExp(first) + (rests.length === 1 ? escapeRegExp(rests[0]!) : `(?:${toPrefixTree(rests)})`))
    .join('|');
}

/** The last names a callee of this shape can be written with. */
function getCalleeKeys(spec: ValueSpec): string[] {
  switch (spec.kind) {
    case 'anyOf':
      return [...new Set(spec.options.flatMap(getCalleeKeys))];
    case 'member':
      // `x.set(...)`, or `set(...)` after `const { set } = x`
      return [`.${spec.property}`, IDENTIFIER_CALLEE];
    case 'import':
      return spec.export === 'default' || spec.export === '*' ? [IDENTIFIER_CALLEE] : [IDENTIFIER_CALLEE, `.${spec.export}`];
    case 'global':
      return [IDENTIFIER_CALLEE, `.${spec.name}`];
    default:
      return [IDENTIFIER_CALLEE];
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
