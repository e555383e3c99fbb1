import type { Node } from 'ts-morph';

/** A value the evaluator could not know; the problem that says why is already reported. */
export const UNKNOWN: unique symbol = Symbol('unknown value');

/** Where an object or array value was written, and where each of its members was written. */
export interface ValueOrigin {
  /** The object or array literal (or enum) that produced the value. */
  readonly node: Node;
  /** Each key or index, with the property, element or spread that gave it. */
  readonly members: Map<string | number, Node>;
}

/** What the evaluator remembers about the values it built, for locations and JSDoc. */
export class ValueOrigins {
  private readonly origins = new WeakMap<object, ValueOrigin>();
  private readonly declarations = new WeakMap<object, Node>();
  private readonly incomplete = new WeakSet<object>();

  set(value: object, origin: ValueOrigin): void {
    this.origins.set(value, origin);
  }

  get(value: unknown): ValueOrigin | undefined {
    return isObject(value) ? this.origins.get(value) : undefined;
  }

  /** Records the `defineCookie(...)` call that declared a value (the first one, if it is passed twice). */
  setDeclaration(value: object, call: Node): void {
    if (!this.declarations.has(value)) this.declarations.set(value, call);
  }

  /** The `defineCookie(...)` call, else the literal, that produced a value. */
  getDeclarationNode(value: unknown): Node | undefined {
    return isObject(value) ? (this.declarations.get(value) ?? this.origins.get(value)?.node) : undefined;
  }

  /** Marks a value that lacks members the evaluator could not know (a spread of an unknown value). */
  markIncomplete(value: object): void {
    this.incomplete.add(value);
  }

  isIncomplete(value: unknown): boolean {
    return isObject(value) && this.incomplete.has(value);
  }
}

/** Whether a value is an object or array (not null, not a RegExp). */
export function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !(value instanceof RegExp);
}
