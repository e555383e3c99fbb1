import type { TSESTree } from '@typescript-eslint/utils';
import type { Binding, FunctionNode, ModuleContext } from './bindings.js';

/**
 * What a parameter of the bound function stands for: an argument node of the call (in
 * `module`), or a value made up for it. `path` replaces the parameter's own destructuring path
 * (`[]` when `node` already stands for the destructured part).
 */
export interface ArgumentValue {
  readonly node: TSESTree.Node;
  readonly module: ModuleContext;
  readonly path?: Extract<Binding, { kind: 'value' }>['path'];
}

/**
 * `module` as seen from inside one call of `fn`: its parameters stand for what `argumentOf`
 * gives (the call's arguments, or placeholders), everything else is bound as in `module`.
 * Name resolution and sink matching then follow a parameter into the caller's code:
 * `function save(store, key) { store.setItem(key, v) }` called as `save(localStorage, 'theme')`.
 * A parameter without an argument keeps its default value, if it has one.
 */
export function bindArguments(
  module: ModuleContext,
  fn: FunctionNode,
  argumentOf: (index: number, binding: Extract<Binding, { kind: 'param' }>) => ArgumentValue | undefined,
): ModuleContext {
  const bound = bindValues(module, (binding) => {
    if (binding.kind !== 'param' || binding.fn !== fn) return undefined;
    if (binding.rest) return bindRest(binding, argumentOf);
    const argument = argumentOf(binding.index, binding);
    if (!argument) return { ...binding, leftOut: true };
    return {
      kind: 'value',
      init: argument.node,
      path: argument.path ?? binding.path,
      // `{ storage = window.localStorage }`: what a property the argument leaves out holds.
      ...(binding.fallback && binding.path.length > 0 ? { fallback: binding.fallback } : {}),
      ...(binding.reassigned ? { reassigned: binding.reassigned } : {}),
      module: argument.module,
    };
  });
  return Object.assign(bound, { boundOver: { fn, module } });
}

/** How many arguments a rest parameter is read as holding at most (a summary's placeholders never run out). */
const MAX_REST_ARGUMENTS = 8;

/** A rest parameter bound to the arguments from its position on, as one array made up for it. */
function bindRest(binding: Extract<Binding, { kind: 'param' }>, argumentOf: (index: number, binding: Extract<Binding, { kind: 'param' }>) => ArgumentValue | undefined): Binding {
  const elements: ArgumentValue[] = [];
  for (let position = binding.index; elements.length < MAX_REST_ARGUMENTS; position += 1) {
    const argument = argumentOf(position, binding);
    if (!argument) break;
    elements.push(argument);
  }
  const [first] = elements;
  // Arguments read from different contexts cannot share one array: the rest is then not known.
  if (!first || elements.some((element) => element.module !== first.module)) return { ...binding, leftOut: true };
  const array = { type: 'ArrayExpression', elements: elements.map((element) => element.node), range: binding.fn.range, loc: binding.fn.loc, parent: binding.fn } as unknown as TSESTree.ArrayExpression;
  return { kind: 'value', init: array, path: [], module: first.module };
}

/**
 * The context a function's own body is read in from `module`: the contexts that bind only the
 * parameters of functions it is not written in are left out, since its body cannot see those
 * parameters. A function reached through many calls (a class's methods calling each other) is
 * then summarised once, not once per call that led to it.
 */
export function getOwnContext(fn: FunctionNode, module: ModuleContext): ModuleContext {
  let current = module;
  while (current.boundOver && !isWithin(fn, current.boundOver.fn)) current = current.boundOver.module;
  return current;
}

function isWithin(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/**
 * `module` with some of its bindings standing for other values: `replace`, given a binding and
 * the identifier it was looked up for, gives the binding to use instead, or undefined to keep it
 * (read through the bound context, so that what it leads to stays bound). A Vue component's
 * `defineProps()` standing for the props an element passes uses it too, and `lookupThis` for its Options API `this.name`.
 */
export function bindValues(module: ModuleContext, replace: (binding: Binding, identifier: TSESTree.Identifier) => Binding | undefined, lookupThis = module.lookupThis): ModuleContext {
  // Matching asks about the same identifiers once per sink candidate: one binding object each
  // keeps the caches keyed by binding (an import's value) working through the bound context.
  const seen = new Map<TSESTree.Identifier, Binding>();
  const bound: ModuleContext = {
    file: module.file,
    ...(lookupThis ? { lookupThis } : {}),
    ...(module.lookupGlobalPath ? { lookupGlobalPath: module.lookupGlobalPath } : {}),
    lookup(identifier) {
      let binding = seen.get(identifier);
      if (!binding) {
        const found = module.lookup(identifier);
        seen.set(identifier, (binding = replace(found, identifier) ?? rebind(found, module, bound)));
      }
      return binding;
    },
  };
  return bound;
}

// A binding found through `module` names `module` as where its value is read; from inside the
// call the value must be read through the bound context, so that its parameters stay bound.
function rebind(binding: Binding, module: ModuleContext, bound: ModuleContext): Binding {
  return 'module' in binding && binding.module === module ? { ...binding, module: bound } : binding;
}
