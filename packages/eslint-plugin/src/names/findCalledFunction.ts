import type { TSESTree } from '@typescript-eslint/utils';
import { type FunctionNode, type ModuleContext, getMemberName, getStaticKey, unwrapExpression } from './bindings.js';
import { findImportedValue, findMemberValue, findScriptGlobalMember, findValue } from './resolveString.js';
import { getLazyImport } from './lazyComponent.js';
import { resolveTruth } from './resolveTruth.js';
import { resolveModuleFile } from './resolveModuleFile.js';
import { getReturnedValues } from './returnedValues.js';
import { findThisMember, findThisObject } from './thisMembers.js';
import { findOptionsMethod } from './vueMixinMethods.js';
import { findDeclaredType } from './declaredType.js';
import { isReactComponentWrapper, isReactUseCallback } from './reactUseCallback.js';
import { getInjectedClass } from './injectedClass.js';
import { findInjectedService, findServiceMethod } from './angularServices.js';
import { type Construction, findConstructor, findOnlyConstruction } from './classConstructions.js';

/** A function of the project that a call runs, with the module it is written in. */
export interface CalledFunction {
  readonly fn: FunctionNode;
  readonly module: ModuleContext;
}

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;
type Found = { node: TSESTree.Node; module: ModuleContext };

/**
 * The project function `node` calls: a function or arrow (`writePref(k)`), an object's method
 * (`Prefs.save(k)`), a class's static or instance method (`PrefStore.save(k)`,
 * `new PrefStore().save(k)`, of what a choice holds that does something (`hasStorage ? new LocalStore() : new NoopStore()`), `this.save(k)`, `this.store.save(k)` with `store = inject(PrefStore)`) or its constructor (`new IndexedDBStore(name)`,
 * `super({ storeKey: 'theme' })` in a subclass of a project class).
 * A method of an object a project function returns counts too (`ss.set(k)` with
 * `const ss = createStorage()` returning `{ set }`). Undefined for anything else, and at once for
 * callees rooted in a global or a package import, so that calls of libraries cost one look-up.
 * `mayHold`, when given, also rules out imported modules whose text shows they cannot hold what
 * the caller looks for (such modules are then never parsed).
 */
export function findCalledFunction(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  module: ModuleContext,
  mayHold?: (file: string) => boolean,
): CalledFunction | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type === 'Super') return findSuperConstructor(callee, module, mayHold);
  // `(function () { return { save } })()`: a function called where it is written.
  if (node.type === 'CallExpression' && (callee.type === 'FunctionExpression' || callee.type === 'ArrowFunctionExpression')) return { fn: callee, module };
  if (!isProjectRooted(callee, module, mayHold)) return undefined;
  if (node.type === 'NewExpression') {
    const found = findClass(callee, module);
    return found && findMethod(found.node, found.module, 'constructor', false);
  }
  const direct = asFunction(findValue(callee, module, 0));
  if (direct) return direct;
  if (callee.type === 'Identifier') return findDestructuredMethod(callee, module);
  if (callee.type !== 'MemberExpression') return undefined;
  const object = unwrapExpression(callee.object);
  // `this.#getKey(name)`: a private method of the enclosing class, named with its `#`.
  if (callee.property.type === 'PrivateIdentifier') return object.type === 'ThisExpression' ? findThisMethod(object, `#${callee.property.name}`, module) : undefined;
  const name = getMemberName(callee);
  if (name === undefined) return undefined;
  if (object.type === 'ThisExpression') return findThisMethod(object, name, module);
  const owner = findClass(object, module);
  if (owner) return findMethod(owner.node, owner.module, name, true);
  const instance = findHeldValue(object, module);
  const created = instance && unwrapExpression(instance.node);
  // `ariaNgStorageService.set(k)` on a parameter AngularJS fills with the project's service of that
  // name, also kept on `this` by a controller class (`this.LocalStorage = LocalStorage`).
  const kept = object.type === 'MemberExpression' && object.object.type === 'ThisExpression' ? findThisMember(object)?.values : undefined;
  const parameter = object.type === 'Identifier' ? object : kept?.length === 1 && kept[0]!.type === 'Identifier' ? kept[0] : undefined;
  const service = parameter && findInjectedService(parameter, module);
  if (service) {
    const method = findServiceMethod(service, name);
    return method && { fn: method, module: service.module };
  }
  // `const store = hasStorage ? new LocalStore() : new NoopStore()`: the method that does something.
  if (created?.type === 'ConditionalExpression') {
    // The test a caller's arguments decide (`options.useLocalStorage ? cache.local : cache.session`) picks the branch.
    const truth = resolveTruth(created.test, instance!.module);
    const choices = truth === undefined ? [created.consequent, created.alternate] : [truth ? created.consequent : created.alternate];
    return findChosenMethod(choices, instance!.module, name);
  }
  if (created?.type === 'CallExpression') {
    const injected = getInjectedClass(created, instance!.module);
    const service = injected && findClass(injected, instance!.module);
    return service ? findMethod(service.node, service.module, name, false) : findReturnedMethod(created, instance!.module, name);
  }
  if (created?.type !== 'NewExpression') {
    // Typed as a project class (`constructor(private readonly storage: LocalStorage)`): that class's method.
    const typed = findDeclaredClass(object, module);
    return typed && findMethod(typed.node, typed.module, name, false);
  }
  const made = findClass(created.callee, instance!.module);
  return made && findMethod(made.node, made.module, name, false);
}

/** The `new` that made the instance a method call runs on, with the constructor it runs. */
export interface InstanceConstruction extends Construction {
  readonly constructorFn: FunctionNode;
}

/**
 * The `new` of the class whose instance method `called` is, that made the receiver of `call`:
 * `const s = new SettingsStorage('app_'); s.setInt('theme')`, `new Store('app_').set(k)`,
 * `this.store = new Store('app_')` then `this.store.set(k)`; else, with `searchProject`, the one
 * construction the project makes of that class (an instance handed around as a typed parameter),
 * so that what the constructor kept (`this.prefix`) reads as that `new`'s arguments.
 */
export function findConstruction(call: TSESTree.CallExpression | TSESTree.NewExpression, called: CalledFunction, module: ModuleContext, searchProject: boolean): InstanceConstruction | undefined {
  const method = called.fn.parent;
  if (call.type !== 'CallExpression' || method?.type !== 'MethodDefinition' || method.static || method.kind === 'constructor') return undefined;
  const owner = method.parent.parent;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || (owner.type !== 'ClassDeclaration' && owner.type !== 'ClassExpression')) return undefined;
  const receiver = unwrapExpression(callee.object);
  if (receiver.type === 'ThisExpression') return undefined;
  const made = findHeldValue(receiver, module);
  const node = made && unwrapExpression(made.node);
  const isOwner = (classCallee: TSESTree.Node, where: ModuleContext): boolean => findClass(classCallee, where)?.node === owner;
  const construction: Construction | undefined =
    node?.type === 'NewExpression' ? (isOwner(node.callee, made!.module) ? { node, module: made!.module } : undefined) : searchProject ? findOnlyConstruction(owner, called.module, isOwner) : undefined;
  // The class's own constructor: one a superclass declares keeps its parameters there.
  const constructorFn = construction && findConstructor(owner.body);
  return constructorFn && { ...construction!, constructorFn };
}

/** The method `name` of an object the project makes: an instance of its class (`new StoreStorage()`) or an object literal. */
export function findMethodOf(value: TSESTree.Node, module: ModuleContext, name: string): CalledFunction | undefined {
  const found = asFound(findValue(value, module, 0));
  return found && findChosenMethod([found.node], found.module, name);
}

/**
 * The method `name` of what one of `choices` holds (an instance `new X()` makes, or a project
 * object: fider's `options.useLocalStorage ? cache.local : cache.session`): the first with a body
 * that is not empty.
 */
function findChosenMethod(choices: readonly TSESTree.Node[], module: ModuleContext, name: string): CalledFunction | undefined {
  const methods = choices.flatMap((choice) => {
    const made = unwrapExpression(choice);
    const owner = made.type === 'NewExpression' ? findClass(made.callee, module) : undefined;
    const method = owner ? findMethod(owner.node, owner.module, name, false) : asFunction(findMemberValue(made, name, module, 0));
    return method ? [method] : [];
  });
  return methods.find(({ fn }) => fn.body.type !== 'BlockStatement' || fn.body.body.length > 0) ?? methods[0];
}

/**
 * The project class a value is declared with: a parameter, a field or `this.member` (`storage:
 * LocalStorage`), also a part of a typed destructured parameter or a member of a typed value
 * (`({ options }: Props)` with `options: { api: Api }`, then `options.api`).
 */
function findDeclaredClass(node: TSESTree.Node, module: ModuleContext): { node: ClassNode; module: ModuleContext } | undefined {
  const declared = findDeclaredType(node, module);
  const annotation = declared?.type;
  if (annotation?.type !== 'TSTypeReference' || annotation.typeName.type !== 'Identifier') return undefined;
  return findClass(annotation.typeName, declared!.module);
}

/** `const { set } = useStore(); set(k)`: the method of the object the project function returns. */
function findDestructuredMethod(callee: TSESTree.Identifier, module: ModuleContext): CalledFunction | undefined {
  const binding = module.lookup(callee);
  if (binding.kind !== 'value' || binding.path.length !== 1) return undefined;
  const [step] = binding.path;
  const init = unwrapExpression(binding.init);
  return step && 'property' in step && init.type === 'CallExpression' ? findReturnedMethod(init, binding.module, step.property) : undefined;
}

// Methods of results of calls whose functions call others' methods are followed a few levels only:
// such chains can loop (a service made from services), and each call restarts the depth.
const MAX_RETURNED_METHOD_DEPTH = 6;
let returnedMethodDepth = 0;

/** A method of the object literal a project function returns: `createStorage().set`. */
function findReturnedMethod(call: TSESTree.CallExpression, module: ModuleContext, name: string): CalledFunction | undefined {
  if (returnedMethodDepth >= MAX_RETURNED_METHOD_DEPTH) return undefined;
  returnedMethodDepth += 1;
  try {
    return findMethodOfReturned(call, module, name);
  } finally {
    returnedMethodDepth -= 1;
  }
}

function findMethodOfReturned(call: TSESTree.CallExpression, module: ModuleContext, name: string): CalledFunction | undefined {
  for (const returned of getReturnedValues(call, module, 0) ?? []) {
    const object = unwrapExpression(returned.node);
    if (object.type !== 'ObjectExpression') continue;
    for (const property of object.properties) {
      if (property.type !== 'Property' || getStaticKey(property.key, property.computed) !== name) continue;
      const method = asFunction(findValue(property.value, returned.module, 0));
      if (method) return method;
    }
  }
  return undefined;
}

/**
 * Whether the callee's root (`new X().m`, `x().m`: `X`, `x`) is `this` or an identifier bound in the project:
 * not a global, not a package import, and not an import of a module whose text shows it can hold
 * no wrapper (which is then never parsed).
 */
function isProjectRooted(callee: TSESTree.Node, module: ModuleContext, mayHold: ((file: string) => boolean) | undefined): boolean {
  let root = callee;
  // `useStorage().set(k)`: the function whose result's method is called is the root.
  while (root.type === 'MemberExpression' || root.type === 'NewExpression' || root.type === 'CallExpression') {
    root = unwrapExpression(root.type === 'MemberExpression' ? root.object : root.callee);
  }
  if (root.type === 'ThisExpression') return true;
  if (root.type !== 'Identifier') return false;
  const defined = module.lookupGlobalPath && findScriptGlobalMember(getMemberChain(callee), module);
  if (defined?.binding.kind === 'import') return mayHold?.(defined.binding.source) ?? true;
  const binding = module.lookup(root);
  if (binding.kind === 'import') {
    const file = resolveModuleFile(binding.module.file, binding.source);
    return file !== undefined && (mayHold?.(file) ?? true);
  }
  return binding.kind === 'value' || binding.kind === 'param' || binding.kind === 'assigned';
}

// The chain of plain members a callee starts with: `window.App.Prefs.load().save` starts with `window.App.Prefs.load`.
function getMemberChain(callee: TSESTree.Node): TSESTree.Node {
  let chain = callee;
  for (let node = callee; node.type === 'MemberExpression' || node.type === 'NewExpression' || node.type === 'CallExpression'; ) {
    if (node.type !== 'MemberExpression') chain = unwrapExpression(node.callee);
    node = unwrapExpression(node.type === 'MemberExpression' ? node.object : node.callee);
  }
  return chain;
}

/**
 * The value a receiver holds, through the names it is copied under: `const s = AppStorage.local`,
 * `storage` given `AppStorage.local` by a caller, reach the static field's `new Storage(...)`.
 */
function findHeldValue(node: TSESTree.Node, module: ModuleContext): Found | undefined {
  let found = asFound(findValue(node, module, 0));
  for (let hops = 0; found && hops < 3; hops += 1) {
    const held = unwrapExpression(found.node);
    if (held.type !== 'Identifier' && held.type !== 'MemberExpression') break;
    const next = asFound(findValue(held, found.module, 0));
    if (!next || next.node === found.node) break;
    found = next;
  }
  return found;
}

function asFound(found: ReturnType<typeof findValue>): Found | undefined {
  return found && !('namespace' in found) ? found : undefined;
}

function asFunction(raw: ReturnType<typeof findValue>): CalledFunction | undefined {
  let found = asFound(raw);
  // `export default { set }`: the property is the name of a function declared beside it.
  for (let hops = 0; found && unwrapExpression(found.node).type === 'Identifier' && hops < 3; hops += 1) {
    const next = asFound(findValue(found.node, found.module, 0));
    if (!next || next.node === found.node) break;
    found = next;
  }
  let node = found && unwrapExpression(found.node);
  // `const set = useCallback((key, v) => ..., [])`: React hands back the function it is given.
  if (node?.type === 'CallExpression' && node.arguments[0] && isReactUseCallback(node.callee, found!.module)) node = unwrapExpression(node.arguments[0]);
  // `export const Editor = memo(EditorComponent)`, `forwardRef((props, ref) => ...)`: the component is the function given.
  if (node?.type === 'CallExpression' && node.arguments[0] && isReactComponentWrapper(node.callee, found!.module) && wrappedDepth < 3) {
    wrappedDepth += 1;
    try {
      return asFunction({ node: node.arguments[0], module: found!.module });
    } finally {
      wrappedDepth -= 1;
    }
  }
  if (node?.type === 'FunctionDeclaration' || node?.type === 'FunctionExpression' || node?.type === 'ArrowFunctionExpression') {
    return { fn: node, module: found!.module };
  }
  // `const Editor_ = lazy(() => import('./Editor').then((m) => ({ default: m.Editor })))`: the component the module exports.
  const lazy = node?.type === 'CallExpression' ? getLazyImport(node, found!.module) : undefined;
  if (lazy && wrappedDepth < 3) {
    wrappedDepth += 1;
    try {
      return asFunction(findImportedValue(found!.module, lazy.source, lazy.exported));
    } finally {
      wrappedDepth -= 1;
    }
  }
  // `export const set = settings.set.bind(settings)`: the method it binds (jellyfin's userSettings).
  if (node?.type === 'CallExpression' && node.callee.type === 'MemberExpression' && getMemberName(node.callee) === 'bind' && boundDepth < 3) {
    boundDepth += 1;
    try {
      return findCalledFunction({ ...node, callee: node.callee.object, arguments: [] }, found!.module);
    } finally {
      boundDepth -= 1;
    }
  }
  return undefined;
}

// `a.bind(x)` where `a` is itself bound: followed a few times only.
let boundDepth = 0;
// `memo(forwardRef(...))`, `lazy(...)`: a few wrappers deep only.
let wrappedDepth = 0;


function findClass(expression: TSESTree.Node, module: ModuleContext): { node: ClassNode; module: ModuleContext } | undefined {
  // `Prefs.Store` of an object `{ Store: Store }`: the class its property names.
  const found = findHeldValue(expression, module);
  const node = found && unwrapExpression(found.node);
  return node?.type === 'ClassDeclaration' || node?.type === 'ClassExpression' ? { node, module: found!.module } : undefined;
}

/** A method (or a field holding a function) of a class, looking into its superclass when the class lacks it. */
function findMethod(owner: ClassNode, module: ModuleContext, name: string, isStatic: boolean, depth = 0): CalledFunction | undefined {
  for (const member of owner.body.body) {
    if ((member.type !== 'MethodDefinition' && member.type !== 'PropertyDefinition') || member.static !== isStatic) continue;
    if ((member.key.type === 'PrivateIdentifier' ? `#${member.key.name}` : getStaticKey(member.key, member.computed)) !== name) continue;
    const value = member.value && unwrapExpression(member.value);
    if (value?.type === 'FunctionExpression' || value?.type === 'ArrowFunctionExpression') return { fn: value, module };
  }
  if (!owner.superClass || depth > 4) return undefined;
  const parent = findClass(owner.superClass, module);
  return parent && findMethod(parent.node, parent.module, name, isStatic, depth + 1);
}

/** `super(...)` in a constructor: the constructor of the project class it extends (or the nearest one above that has one). */
function findSuperConstructor(callee: TSESTree.Super, module: ModuleContext, mayHold: ((file: string) => boolean) | undefined): CalledFunction | undefined {
  let current: TSESTree.Node | undefined = callee.parent;
  while (current && current.type !== 'ClassDeclaration' && current.type !== 'ClassExpression') current = current.parent;
  const superClass = current?.superClass;
  if (!superClass || !isProjectRooted(unwrapExpression(superClass), module, mayHold)) return undefined;
  const parent = findClass(superClass, module);
  return parent && findMethod(parent.node, parent.module, 'constructor', false);
}

/** `this.name(...)`: a method of the enclosing class (static beside static) or of the enclosing object literal. */
function findThisMethod(self: TSESTree.ThisExpression, name: string, module: ModuleContext): CalledFunction | undefined {
  let current: TSESTree.Node | undefined = self.parent;
  // Arrows keep the `this` of the function around them.
  while (current && current.type !== 'FunctionExpression' && current.type !== 'FunctionDeclaration') {
    current = current.parent;
  }
  const holder = current?.parent;
  if (holder?.type === 'MethodDefinition' || holder?.type === 'PropertyDefinition') {
    const owner = holder.parent.parent;
    return owner.type === 'ClassDeclaration' || owner.type === 'ClassExpression' ? findMethod(owner, module, name, holder.static) : undefined;
  }
  const object = findThisObject(self);
  for (const property of object?.properties ?? []) {
    if (property.type !== 'Property' || getStaticKey(property.key, property.computed) !== name) continue;
    const value = unwrapExpression(property.value);
    if (value.type === 'FunctionExpression' || value.type === 'ArrowFunctionExpression') return { fn: value, module };
  }
  return object && findOptionsMethod(object, name, module);
}
