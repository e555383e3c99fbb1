import type { TSESTree } from '@typescript-eslint/utils';

/** One step from a value into a part of it: a property or an array index. */
export type PathStep = { readonly property: string } | { readonly index: number };

/** A function that can own parameters. */
export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** What an identifier refers to, as far as the rule follows it. */
export type Binding =
  /**
   * A variable with an initializer that is never reassigned; `path` leads from `init` to the
   * identifier through a destructuring pattern. A function or class declaration is its own `init`.
   */
  | {
      readonly kind: 'value';
      readonly init: TSESTree.Node;
      readonly path: readonly PathStep[];
      readonly fallback?: TSESTree.Expression;
      /** For a parameter bound to an argument: the values the function gives it later (see `param`). */
      readonly reassigned?: readonly TSESTree.Expression[];
      readonly module: ModuleContext;
    }
  /** An imported binding: `imported` is `'default'`, `'*'` (namespace or `require`) or the export name. */
  | { readonly kind: 'import'; readonly source: string; readonly imported: string; readonly module: ModuleContext }
  /** A type alias or interface of the project, followed to the library type it names or extends. */
  | {
      readonly kind: 'type';
      readonly declaration: TSESTree.TSTypeAliasDeclaration | TSESTree.TSInterfaceDeclaration;
      readonly module: ModuleContext;
    }
  /** A TypeScript enum. */
  | { readonly kind: 'enum'; readonly declaration: TSESTree.TSEnumDeclaration; readonly module: ModuleContext }
  /** A function parameter (index `index` of `fn`), with its annotation and default value. */
  | {
      readonly kind: 'param';
      readonly fn: FunctionNode;
      readonly index: number;
      readonly path: readonly PathStep[];
      readonly annotation?: TSESTree.TypeNode;
      readonly fallback?: TSESTree.Expression;
      /**
       * The values the function gives the parameter with `=` (`name = userId + '-' + name`), when
       * it gives it any: it then holds the argument or one of them. Only names are read through it.
       */
      readonly reassigned?: readonly TSESTree.Expression[];
      /** Seen from inside a call that passes no argument for it: it holds its default, or `undefined`. */
      readonly leftOut?: boolean;
      /** A rest parameter (`...args`): the array of the arguments from `index` on. */
      readonly rest?: boolean;
      readonly module: ModuleContext;
    }
  /**
   * A `let` or `var` given a value more than once (`storage = window.localStorage` in a `try`,
   * `storage = null` in its `catch`): every value it is given with `=`, its initializer first.
   * What it holds may be any of them; a name read from it is never known.
   */
  | { readonly kind: 'assigned'; readonly values: readonly TSESTree.Expression[]; readonly module: ModuleContext }
  /**
   * The key of a loop over an object's keys (`for (const key of Object.keys(data))`, lodash's
   * `_.keys(data)`, `for (const key in data)`, `Object.keys(data).forEach((key) => ...)`): one of
   * the keys of `object`, read in `module`. `variable` is the loop's own declaration of it.
   */
  | { readonly kind: 'objectKey'; readonly object: TSESTree.Expression; readonly variable: TSESTree.Identifier; readonly module: ModuleContext }
  /** A name no declaration in the file binds: a global. */
  | { readonly kind: 'global'; readonly name: string }
  /** Anything else (a reassigned `let`, a class, a catch parameter, ...). */
  | { readonly kind: 'other' };

/** A module as name resolution sees it: its file, and how its identifiers are bound. */
export interface ModuleContext {
  readonly file: string;
  /** What `identifier` (a node of this module) refers to. */
  lookup(identifier: TSESTree.Identifier): Binding;
  /** What `this.name` holds where the module says so itself (a Vue Options API component's props); undefined to follow it as usual. */
  readonly lookupThis?: (member: TSESTree.MemberExpression) => { readonly node: TSESTree.Node; readonly module: ModuleContext } | undefined;
  /**
   * In a classic script: what a path of global names (`App.Prefs.save`, from `window.App.Prefs.save`)
   * leads to when another script of its folder defines its longest defined start (`App.Prefs`):
   * that script's definition, as an import, and the names left to read on it.
   */
  readonly lookupGlobalPath?: (path: readonly string[]) => { readonly binding: Binding; readonly rest: readonly string[] } | undefined;
  /** For a context made by binding one function's parameters (see `bindArguments`): that function, and the context it binds them over. */
  readonly boundOver?: { readonly fn: FunctionNode; readonly module: ModuleContext };
}

/**
 * Where `target` sits inside a binding pattern, or undefined when it is not inside it (or under
 * a rest element). `annotation` is the type of the whole pattern, which `path` leads into.
 */
export function getPatternPath(
  pattern: TSESTree.Node,
  target: TSESTree.Identifier,
): { path: PathStep[]; fallback?: TSESTree.Expression; annotation?: TSESTree.TypeNode } | undefined {
  switch (pattern.type) {
    case 'Identifier':
      return pattern === target || (pattern.range[0] === target.range[0] && pattern.name === target.name)
        ? { path: [], annotation: pattern.typeAnnotation?.typeAnnotation }
        : undefined;
    case 'AssignmentPattern': {
      const inner = getPatternPath(pattern.left, target);
      if (!inner) return undefined;
      return inner.path.length === 0 ? { ...inner, fallback: pattern.right } : inner;
    }
    case 'TSParameterProperty':
      return getPatternPath(pattern.parameter, target);
    case 'ObjectPattern':
      for (const property of pattern.properties) {
        // `{ className, ...props }`: the rest holds the object's other properties, read as the object itself.
        if (property.type === 'RestElement') {
          const rest = getPatternPath(property.argument, target);
          if (rest) return { ...rest, annotation: pattern.typeAnnotation?.typeAnnotation };
          continue;
        }
        if (property.type !== 'Property') continue;
        const key = getStaticKey(property.key, property.computed);
        const inner = getPatternPath(property.value, target);
        // The annotation of a destructured parameter types the whole of it (`{ cookies }: AppContext`).
        if (inner) return key === undefined ? undefined : { ...inner, path: [{ property: key }, ...inner.path], annotation: pattern.typeAnnotation?.typeAnnotation };
      }
      return undefined;
    case 'ArrayPattern':
      for (const [index, element] of pattern.elements.entries()) {
        const inner = element && getPatternPath(element, target);
        if (inner) return { ...inner, path: [{ index }, ...inner.path], annotation: pattern.typeAnnotation?.typeAnnotation };
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The name of a non-computed key (or a computed string literal key). */
export function getStaticKey(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === 'Identifier' && !computed) return key.name;
  if (key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  if (key.type === 'TemplateLiteral' && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The property name of a member expression when it is static (`a.b`, `a['b']`). */
export function getMemberName(node: TSESTree.MemberExpression): string | undefined {
  if (node.property.type === 'PrivateIdentifier') return undefined;
  return getStaticKey(node.property, node.computed);
}

/** Strips what does not change a value: TS assertions, `!`, `satisfies`, optional chains, parentheses. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
        current = current.expression;
        break;
      case 'ChainExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** Whether an expression is `null` or `undefined` as written. */
export function isNullish(node: TSESTree.Node): boolean {
  return (node.type === 'Identifier' && node.name === 'undefined') || (node.type === 'Literal' && node.value === null && !('regex' in node));
}
